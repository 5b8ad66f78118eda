import AWS
import AccessGraph

/// Flags condition keys of a known service (or `aws:`) that the service does not have.
struct UnknownConditionKey: Check {
    static let description = CheckDescription(
        id: "LP0108", slug: "aws-unknown-condition-key",
        title: "Condition uses a key AWS does not have",
        category: .policyLint, severity: .medium,
        rationale: """
            A misspelt condition key is never in the request, so the condition is decided as if \
            the key were absent: an `Allow` with it never applies, and a `Deny` with a negated \
            operator or `IfExists` always does — or, worse, a `Deny` never does.
            """,
        remediation: "Correct the key; the service's keys are listed in the AWS Service Authorization Reference.",
        triggering: [
            CheckExample(file: "network.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Deny", "Action": "*", "Resource": "*",
                   "Condition": {"NotIpAddress": {"aws:SourceIps": ⚑["203.0.113.0/24"]}}}
                ]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "network.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Deny", "Action": "*", "Resource": "*",
                   "Condition": {"NotIpAddress": {"aws:SourceIP": ["203.0.113.0/24"]},
                                 "StringNotEquals": {"aws:PrincipalTag/team": "platform", "s3:ExistingObjectTag/class": "public"},
                                 "StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/api:*", "iam:PassedToService": "lambda.amazonaws.com"}}}
                ]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        let catalog = AWSActionCatalog.shared
        return AWSPolicyStatements.all(in: context).flatMap { entry in
            entry.statement.conditions.filter { catalog.isUnknownConditionKey($0.key) }.map { clause in
                let suggestion = catalog.conditionKeySuggestion(for: clause.key).map { "; did you mean `\($0)`?" } ?? ""
                return finding(
                    message: "unknown condition key `\(clause.key)` in \(entry.label)\(suggestion)",
                    locations: [clause.location], anchor: entry.anchor + ":" + clause.key.lowercased())
            }
        }
    }
}
