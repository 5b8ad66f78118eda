import AccessGraph
import Documents
import TencentCloud

/// Flags CAM roles that trust an OIDC provider without pinning the token's subject.
struct CAMOIDCTrustWithoutSubject: Check {
    static let description = CheckDescription(
        id: "LP0602", slug: "tencentcloud-oidc-trust-without-subject",
        title: "Role trusts an OIDC provider without an `oidc:sub` condition",
        category: .federationTrust, severity: .critical,
        rationale: """
            A trust statement for `sts:AssumeRoleWithWebIdentity` that checks only the issuer or \
            audience (or matches the subject with `*` or `repo:*`) accepts every token the \
            provider issues: with GitHub Actions, any workflow in any repository can assume the role.
            """,
        remediation: "Add a `string_equal` condition on `oidc:sub` naming the repository and branch or environment (`repo:OWNER/REPO:ref:refs/heads/main`).",
        triggering: [
            CheckExample(file: "trust.json", """
                {"version": "2.0", "statement": [⚑{"effect": "allow", "action": "name/sts:AssumeRoleWithWebIdentity",
                  "principal": {"federated": ["qcs::cam::uin/100000000001:oidc-provider/github-actions"]},
                  "condition": {"string_equal": {"oidc:aud": "sts.tencentcloudapi.com"}}}]}
                """),
            CheckExample(file: "trust.json", """
                {"version": "2.0", "statement": [⚑{"effect": "allow", "action": "name/sts:AssumeRoleWithWebIdentity",
                  "principal": {"federated": ["qcs::cam::uin/100000000001:oidc-provider/github-actions"]},
                  "condition": {"string_like": {"oidc:aud": "sts.tencentcloudapi.com", "oidc:sub": "repo:*"}}}]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "trust.json", """
                {"version": "2.0", "statement": [{"effect": "allow", "action": "name/sts:AssumeRoleWithWebIdentity",
                  "principal": {"federated": ["qcs::cam::uin/100000000001:oidc-provider/github-actions"]},
                  "condition": {"string_equal": {"oidc:aud": "sts.tencentcloudapi.com",
                    "oidc:sub": "repo:acme/api:ref:refs/heads/main"}}}]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        guard let (model, _) = context.tencentCloud else { return [] }
        var result: [Finding] = []
        var roleOfTrust: [String: CAMRole] = [:]
        for role in model.roles.values { if let id = role.trustPolicyID { roleOfTrust[id] = role } }
        for policy in model.policies.values.sorted(by: { $0.id < $1.id }) where policy.kind == .trust {
            let role = roleOfTrust[policy.id]
            for statement in policy.document.statements where statement.effect == .allow {
                let providers = (statement.principals["federated"] ?? []).filter { $0.contains("oidc-provider/") }
                guard !providers.isEmpty, statement.actions.contains(where: { $0.matches("sts:AssumeRoleWithWebIdentity") }) else { continue }
                let pinsSubject = statement.conditions.contains { clause in
                    clause.key == "oidc:sub" && !clause.base.isNegated && clause.base != .nullEqual && !clause.ifExist
                        && clause.quantifier != .allValues && clause.values.allSatisfy(Self.namesASubject)
                }
                guard !pinsSubject else { continue }
                let name = role.map { "role `\($0.name)`" } ?? "trust policy `\(policy.name)`"
                var capability = Capability.identityAssume
                var consequence = ""
                if let role {
                    let pushes = model.attachments[role.id, default: []].contains { attachment in
                        model.policies[attachment.policyID]?.document.statements.contains { statement in
                            statement.effect == .allow && statement.actions.contains { CAMCapabilities.capabilities(ofPattern: $0).contains(.registryPush) }
                        } ?? false
                    }
                    if pushes {
                        capability = .registryPush
                        consequence = "; the role may push images to TCR"
                    }
                }
                result.append(finding(
                    message: "\(name) accepts any token from `\(providers.joined(separator: "`, `"))` without an `oidc:sub` condition naming a repository\(consequence)",
                    principal: role?.id.rawValue, capability: capability, resource: role?.id.rawValue,
                    path: path(to: role?.id, from: providers, in: context.graph),
                    locations: [statement.location], anchor: "trust:\(policy.id):\(statement.index)"))
            }
        }
        return result
    }

    /// Whether an `oidc:sub` value narrows the subject: not `*`, not a pattern that starts with
    /// `*`, and not a GitHub `repo:*` that accepts every repository.
    static func namesASubject(_ value: String) -> Bool {
        !(value.hasPrefix("*") || value.hasPrefix("repo:*") || value.isEmpty)
    }

    /// The `federates` hops from the providers into the role.
    private func path(to role: PrincipalID?, from providers: [String], in graph: PermissionGraph) -> [PathStep] {
        guard let role else { return [] }
        return providers.flatMap { provider in
            graph.edges(from: PrincipalID(provider)).filter { $0.kind == .federates && $0.to == role }.prefix(1).map(PathStep.init)
        }
    }
}
