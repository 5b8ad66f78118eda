import AccessGraph
import Documents
import TencentCloud

/// Flags custom CAM policies that allow every action on every resource.
struct CAMAllowEverything: Check {
    static let description = CheckDescription(
        id: "LP0604", slug: "tencentcloud-allow-everything",
        title: "CAM policy allows `*` on `*`",
        category: .overGrant, severity: .high,
        rationale: """
            A statement allowing every action on every resource without a condition makes its \
            holders administrators of the whole account, including CAM and billing; it is rarely \
            what the holder needs.
            """,
        remediation: "Name the services and actions the holder uses and scope the resources; keep full access for a break-glass role assumed with MFA.",
        triggering: [
            CheckExample(file: "policy.json", """
                {"version": "2.0",
                 "statement": [⚑{"effect": "allow", "action": "*", "resource": "*"}]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "policy.json", """
                {"version": "2.0",
                 "statement": [{"effect": "allow", "action": "*", "resource": "*", "condition": {"bool_equal": {"qcs:read_only_action": "true"}}},
                               {"effect": "allow", "action": "cos:*", "resource": "*"},
                               {"effect": "deny", "action": "*", "resource": "*"}]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        guard let (model, _) = context.tencentCloud else { return [] }
        var holders: [String: [PrincipalID]] = [:]
        for (principal, attachments) in model.attachments {
            for attachment in attachments { holders[attachment.policyID, default: []].append(principal) }
        }
        var result: [Finding] = []
        for policy in model.policies.values.sorted(by: { $0.id < $1.id }) where !policy.isPreset && policy.kind == .identity {
            for statement in policy.document.statements where statement.grantsEverything {
                let names = (holders[policy.id] ?? []).sorted().map { context.graph.principals[$0]?.displayName ?? $0.rawValue }
                let held = names.isEmpty ? "" : "; attached to `\(names.joined(separator: "`, `"))`"
                result.append(finding(
                    message: "policy `\(policy.name)` allows every action on every resource\(held)",
                    capability: .admin, resource: "*", locations: [statement.location],
                    anchor: "policy:\(policy.id):\(statement.index)"))
            }
        }
        return result
    }
}
