import AccessGraph
import Documents
import TencentCloud

/// Flags console sub-users without strong login MFA who can change CAM permissions.
struct CAMAdminWithoutMFA: Check {
    static let description = CheckDescription(
        id: "LP0601", slug: "tencentcloud-cam-admin-without-mfa",
        title: "Console sub-user without MFA can change CAM permissions",
        category: .mfaGap, severity: .high,
        rationale: """
            A sub-user who signs in to the console with a password alone, or with an SMS or e-mail \
            code, can be phished; if that user may attach policies or add users to groups, whoever \
            takes the password can give themselves every permission in the account.
            """,
        remediation: "Require a strong login factor (`Token`, `Stoken`, `U2FToken` or `Passkey` in the user's login protection), or move CAM management to a role assumed with MFA.",
        triggering: [
            CheckExample(file: "bundle.json", """
                {"format": "leastpriv.tencentcloud.bundle", "ownerUin": "100000000001",
                 "policies": [{"PolicyId": 9, "PolicyName": "cam-operator", "Type": 1, "PolicyDocument":
                   {"version": "2.0", "statement": [{"effect": "allow", "action": "cam:AttachUserPolicy", "resource": "*"}]}}],
                 "users": [{"user": {"Uin": 100000000011, "Name": "wang.lei", "ConsoleLogin": 1},
                   "attachedPolicies": [{"PolicyId": 9}],
                   "safeAuthFlags": {"LoginFlag": ⚑{"Phone": 1, "Token": 0}, "ActionFlag": {"Phone": 0, "Token": 0}}}]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "bundle.json", """
                {"format": "leastpriv.tencentcloud.bundle", "ownerUin": "100000000001",
                 "policies": [{"PolicyId": 9, "PolicyName": "cam-operator", "Type": 1, "PolicyDocument":
                   {"version": "2.0", "statement": [{"effect": "allow", "action": "cam:AttachUserPolicy", "resource": "*"}]}}],
                 "users": [{"user": {"Uin": 100000000011, "Name": "wang.lei", "ConsoleLogin": 1},
                   "attachedPolicies": [{"PolicyId": 9}],
                   "safeAuthFlags": {"LoginFlag": {"Phone": 0, "Token": 1}, "ActionFlag": {"Phone": 0, "Token": 1}}},
                  {"user": {"Uin": 100000000012, "Name": "api-only", "ConsoleLogin": 0},
                   "attachedPolicies": [{"PolicyId": 9}],
                   "safeAuthFlags": {"LoginFlag": {"Phone": 0, "Token": 0}, "ActionFlag": {"Phone": 0, "Token": 0}}}]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        guard let (model, authorizer) = context.tencentCloud else { return [] }
        let actions = CAMCapabilities.actions(giving: .identityAdmin)
        var result: [Finding] = []
        for user in model.users.values.sorted(by: { $0.id < $1.id }) where user.consoleLogin == true {
            guard let principal = context.graph.principals[user.id], principal.human != .machine,
                  principal.mfa.status == .none || principal.mfa.status == .weak else { continue }
            let owner = user.id.rawValue.split(separator: ":").dropLast().joined(separator: ":")
            let resources = ["*", "\(owner):uin/*"]
            search: for action in actions {
                for resource in resources {
                    let decision = authorizer.decide(Request(principal: user.id, action: action, resource: resource), sessionPolicies: [])
                    guard decision.mayBeAllowed else { continue }
                    let grant = decision.reasons.first
                    let protection = principal.mfa.status == .weak ? "only a weak second factor" : "no second factor"
                    result.append(finding(
                        message: "sub-user `\(user.name)` signs in to the console with \(protection) and may `\(action)` on `\(resource)`\(decision.isAllowed ? "" : " (under conditions)")",
                        principal: user.id.rawValue, capability: .identityAdmin, resource: resource,
                        path: groupHops(of: user.id, grant: grant, in: context.graph) + escalation(of: user.id, in: context.graph),
                        locations: [user.mfaLocation ?? user.location] + (grant?.location.map { [$0] } ?? []),
                        anchor: "user:\(user.id.rawValue):\(action)"))
                    break search
                }
            }
        }
        return result
    }

    /// The first `escalates` hop the user has (where the right leads), if the importer linked one.
    private func escalation(of user: PrincipalID, in graph: PermissionGraph) -> [PathStep] {
        graph.edges(from: user).first { if case .escalates = $0.kind { return true } else { return false } }.map { [PathStep($0)] } ?? []
    }

    /// The `memberOf` hop when the grant comes through a group.
    private func groupHops(of user: PrincipalID, grant: DecisionReason?, in graph: PermissionGraph) -> [PathStep] {
        guard let detail = grant?.detail else { return [] }
        return graph.edges(from: user).filter { $0.kind == .memberOf && detail.contains("through group `\($0.to.rawValue)`") }.map(PathStep.init)
    }
}
