import AWS
import AccessGraph

/// Flags `Allow` statements written with `NotAction` or `NotResource`.
struct AllowWithNegation: Check {
    static let description = CheckDescription(
        id: "LP0101", slug: "aws-allow-with-not-element",
        title: "Allow statement uses NotAction or NotResource",
        category: .overGrant, severity: .medium,
        rationale: """
            `Allow` with `NotAction` grants every action except those listed — including every \
            action AWS adds later — and `Allow` with `NotResource` grants every resource except \
            those listed. Both grant far more than their authors usually mean.
            """,
        remediation: "List the actions and resources to allow, or use `Deny` with `NotAction`/`NotResource` as a guardrail.",
        triggering: [
            CheckExample(file: "developer.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "NotAction": ⚑"iam:*", "Resource": "*"}
                ]}
                """),
            CheckExample(file: "reader.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject", "NotResource": ⚑["arn:aws:s3:::payroll/*"]}
                ]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "guardrail.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"},
                  {"Effect": "Deny", "NotAction": ["iam:ChangePassword", "sts:GetSessionToken"], "Resource": "*",
                   "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}
                ]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        AWSPolicyStatements.all(in: context).flatMap { entry -> [Finding] in
            guard entry.statement.effect == .allow else { return [] }
            var found: [Finding] = []
            if entry.statement.actions.isNegated {
                found.append(finding(
                    message: "\(entry.label) allows every action except `\(entry.statement.actions.patterns.map(\.written).joined(separator: "`, `"))`",
                    locations: [entry.statement.actions.location], anchor: entry.anchor + ":NotAction"))
            }
            if let resources = entry.statement.resources, resources.isNegated {
                found.append(finding(
                    message: "\(entry.label) allows every resource except `\(resources.patterns.map(\.written).joined(separator: "`, `"))`",
                    locations: [resources.location], anchor: entry.anchor + ":NotResource"))
            }
            return found
        }
    }
}
