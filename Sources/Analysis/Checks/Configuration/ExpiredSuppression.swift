/// Flags suppressions in `.leastpriv.yml` whose expiry date has passed.
///
/// An expired suppression stops suppressing: the findings it covered are reported again, and
/// this finding says why they came back.
struct ExpiredSuppression: Check {
    static let description = CheckDescription(
        id: "LP0001", slug: "expired-suppression",
        title: "Suppression has expired",
        category: .policyLint, severity: .low,
        rationale: """
            A suppression records a risk the team accepted until a date. After that date the \
            acceptance needs a fresh decision, so leastpriv reports the findings it covered again.
            """,
        remediation: "Fix the findings it covered, or renew the suppression with a new `expires` date and reason.",
        triggering: [
            CheckExample(file: ".leastpriv.yml", """
                suppressions:
                  - check: LP0001
                    reason: accepted during the migration
                    expires: ⚑2020-01-31
                """),
        ],
        nonTriggering: [
            CheckExample(file: ".leastpriv.yml", """
                suppressions:
                  - check: LP0001
                    reason: accepted until the end of the century
                    expires: 2099-12-31
                  - check: expired-suppression
                    reason: no expiry
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        context.configuration.suppressions.filter { $0.isExpired(on: context.today) }.map { suppression in
            finding(
                message: "suppression of `\(suppression.check)` expired on \(suppression.expires ?? "")",
                locations: [suppression.location],
                anchor: "suppression:\(suppression.check):\(suppression.principal ?? "*"):\(suppression.resource ?? "*"):\(suppression.expires ?? "")")
        }
    }
}
