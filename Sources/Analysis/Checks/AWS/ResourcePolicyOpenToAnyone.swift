import AWS
import AccessGraph

/// Flags resource and trust policies that allow any principal, in any account, without a
/// condition.
struct ResourcePolicyOpenToAnyone: Check {
    static let description = CheckDescription(
        id: "LP0105", slug: "aws-resource-policy-open-to-anyone",
        title: "Resource policy allows any principal",
        category: .publicAccess, severity: .high,
        rationale: """
            `"Principal": "*"` (or `{"AWS": "*"}`) without a condition lets every AWS account — \
            and for many services anonymous callers — perform the allowed actions on the resource.
            """,
        remediation: "Name the accounts or roles that need access, or restrict with a condition such as `aws:PrincipalOrgID`.",
        triggering: [
            CheckExample(file: "repository-policy.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Sid": "PullFromAnywhere", "Effect": "Allow", "Principal": ⚑"*",
                   "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"], "Resource": "*"}
                ]}
                """),
            CheckExample(file: "bucket-policy.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Principal": {"AWS": ⚑"*"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-public/*"}
                ]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "bucket-policy.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-internal/*",
                   "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}},
                  {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::acme-internal/*",
                   "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
                  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-internal/*"}
                ]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        AWSPolicyStatements.all(in: context).compactMap { entry -> Finding? in
            let statement = entry.statement
            guard statement.effect == .allow, entry.policy.kind == .resource || entry.policy.kind == .trust,
                  statement.conditions.isEmpty, let principals = statement.principals else { return nil }
            let open = principals.isNegated ? principals.patterns.first : principals.patterns.first(where: \.isEveryone)
            guard let open else { return nil }
            let actions = statement.actions.patterns.map(\.written).joined(separator: "`, `")
            return finding(
                message: "\(entry.label) allows any principal to call `\(actions)`",
                resource: statement.resources?.patterns.first?.written, locations: [open.location], anchor: entry.anchor)
        }
    }
}
