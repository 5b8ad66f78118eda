import AWS
import AccessGraph

/// Flags `Deny` statements that test `aws:MultiFactorAuthPresent` with `Bool` `false`, which do
/// not apply to requests made without the key at all (long-term access keys).
struct MFABoolDeny: Check {
    static let description = CheckDescription(
        id: "LP0103", slug: "aws-mfa-deny-misses-absent-key",
        title: "MFA deny misses requests without the MFA key",
        category: .mfaGap, severity: .high,
        rationale: """
            Requests signed with long-term access keys carry no `aws:MultiFactorAuthPresent` key. \
            `Bool` with an absent key is false, so a `Deny` on `"Bool": {"aws:MultiFactorAuthPresent": \
            "false"}` never applies to them: access keys get everything the deny was meant to \
            protect, without MFA.
            """,
        remediation: "Use `BoolIfExists` with `false` (the key is absent or false), as the IAM User Guide's MFA examples do.",
        triggering: [
            CheckExample(file: "require-mfa.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Deny", "NotAction": "iam:ChangePassword", "Resource": "*",
                   "Condition": {"Bool": {"aws:MultiFactorAuthPresent": ⚑"false"}}}
                ]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "require-mfa.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Deny", "NotAction": "iam:ChangePassword", "Resource": "*",
                   "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}},
                  {"Effect": "Allow", "Action": "ec2:StopInstances", "Resource": "*",
                   "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}
                ]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        AWSPolicyStatements.all(in: context).flatMap { entry -> [Finding] in
            guard entry.statement.effect == .deny else { return [] }
            return entry.statement.conditions.filter { clause in
                clause.operation.base == .bool && !clause.operation.ifExists && clause.operation.qualifier == nil
                    && clause.key.lowercased() == "aws:multifactorauthpresent" && clause.values.contains { $0.lowercased() == "false" }
            }.map { clause in
                finding(
                    message: "\(entry.label) denies only when `aws:MultiFactorAuthPresent` is present and false; requests with access keys (no key) are not denied",
                    locations: [clause.location], anchor: entry.anchor)
            }
        }
    }
}
