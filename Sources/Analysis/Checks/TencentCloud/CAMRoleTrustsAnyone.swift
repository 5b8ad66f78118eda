import AccessGraph
import Documents
import TencentCloud

/// Flags CAM roles whose trust policy lets any Tencent Cloud account assume them.
struct CAMRoleTrustsAnyone: Check {
    static let description = CheckDescription(
        id: "LP0605", slug: "tencentcloud-role-trusts-anyone",
        title: "Role can be assumed by any Tencent Cloud account",
        category: .crossAccountAccess, severity: .critical,
        rationale: """
            A trust statement whose `qcs` principal is `*` (or `qcs::cam::anyone`) lets every \
            Tencent Cloud account assume the role and use its permissions, unless a condition \
            narrows it.
            """,
        remediation: "Name the accounts, users or roles that may assume the role (`qcs::cam::uin/OWNER:root` or `…:uin/SUB`), and add conditions where only some of their principals should.",
        triggering: [
            CheckExample(file: "trust.json", """
                {"version": "2.0", "statement": [⚑{"effect": "allow", "action": "name/sts:AssumeRole",
                  "principal": {"qcs": ["*"]}}]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "trust.json", """
                {"version": "2.0", "statement": [{"effect": "allow", "action": "name/sts:AssumeRole",
                  "principal": {"qcs": ["qcs::cam::uin/100000000002:root"]}}]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        guard let (model, _) = context.tencentCloud else { return [] }
        var roleOfTrust: [String: CAMRole] = [:]
        for role in model.roles.values { if let id = role.trustPolicyID { roleOfTrust[id] = role } }
        var result: [Finding] = []
        for policy in model.policies.values.sorted(by: { $0.id < $1.id }) where policy.kind == .trust {
            let role = roleOfTrust[policy.id]
            for statement in policy.document.statements where statement.effect == .allow {
                let anyone = (statement.principals["qcs"] ?? []).filter { $0 == "*" || $0 == "qcs::cam::anyone" }
                guard !anyone.isEmpty, statement.actions.contains(where: { $0.matches("sts:AssumeRole") }) else { continue }
                let name = role.map { "role `\($0.name)`" } ?? "trust policy `\(policy.name)`"
                let narrowed = statement.conditions.isEmpty ? "" : " (only when " + statement.conditions.map(\.description).joined(separator: " and ") + ")"
                result.append(finding(
                    message: "\(name) can be assumed by any Tencent Cloud account\(narrowed)",
                    principal: role?.id.rawValue, capability: .identityAssume, resource: role?.id.rawValue,
                    locations: [statement.location], anchor: "trust:\(policy.id):\(statement.index)"))
            }
        }
        return result
    }
}
