import AWS
import AccessGraph

/// Flags identity policies that allow `iam:PassRole` on every role.
struct PassRoleOnAnyRole: Check {
    static let description = CheckDescription(
        id: "LP0102", slug: "aws-passrole-on-any-role",
        title: "iam:PassRole is allowed on every role",
        category: .privilegeEscalation, severity: .high,
        rationale: """
            Passing a role to a service (Lambda, EC2, CloudFormation, …) lets the caller run code \
            with that role's permissions. `iam:PassRole` on `*` lets it pick the most privileged \
            role in the account, which is a privilege escalation unless `iam:PassedToService` and \
            the roles are restricted.
            """,
        remediation: "Allow `iam:PassRole` only on the roles the caller needs, with an `iam:PassedToService` condition.",
        triggering: [
            CheckExample(file: "deployer.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["lambda:CreateFunction", "iam:PassRole"], "Resource": ⚑"*"}
                ]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "deployer.json", """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/lambda-runtime",
                   "Condition": {"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}},
                  {"Effect": "Allow", "Action": "*", "Resource": "*"}
                ]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        AWSPolicyStatements.all(in: context).compactMap { entry -> Finding? in
            let statement = entry.statement
            guard statement.effect == .allow, entry.policy.kind == .identity, !statement.actions.isNegated,
                  let resources = statement.resources, !resources.isNegated,
                  let any = resources.patterns.first(where: { ARNPattern($0.written).matchesEverything }) else { return nil }
            // Full `*` is an administrator grant, reported by its own analyses; this check is
            // about grants that look scoped to a task but pass any role.
            guard let pass = statement.actions.patterns.first(where: { $0.matches("iam:PassRole") && $0.written != "*" }) else { return nil }
            let limited = statement.conditions.contains { $0.key.lowercased() == "iam:passedtoservice" && !$0.operation.base.isNegated }
            let message = "\(entry.label) allows `\(pass.written)` on `*`" + (limited ? " (limited to the services in `iam:PassedToService`)" : "")
            return finding(message: message, capability: .identityAssume, resource: "*", locations: [any.location], anchor: entry.anchor)
        }
    }
}
