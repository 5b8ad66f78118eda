import AccessGraph
import Kubernetes

/// Flags a person without MFA — or a workflow in any GitHub repository — who reaches a
/// Kubernetes cluster's `system:masters` group through a path that crosses systems.
///
/// `system:masters` is allowed everything by the API server, without any binding, so reaching it
/// is cluster takeover. Each hop of the path carries its reason and source; hops that need a
/// condition (a second reviewer, MFA on a role) are listed, so a conditional path is never shown
/// as a plain one.
struct CrossSystemPathToClusterAdmin: Check {
    static let description = CheckDescription(
        id: "LP0701", slug: "cross-system-path-to-cluster-admin",
        title: "Unprotected identity reaches cluster admin across systems",
        category: .privilegeEscalation, severity: .critical,
        rationale: """
            Supply-chain attacks walk paths no single system shows: a developer without MFA pushes \
            to a branch whose workflow federates into a cloud role that aws-auth maps to \
            `system:masters`. One phished password, or any repository's workflow when a trust \
            accepts every subject, then owns the cluster.
            """,
        remediation: """
            Require MFA for the person at the start of the path (or pin the OIDC trust's `sub` to \
            one repository and branch), and map the cloud identity to the narrowest RBAC group \
            instead of `system:masters`.
            """,
        triggering: [
            CheckExample(files: [
                ExampleFile(name: "credential-report.csv", content: """
                    user,arn,user_creation_time,password_enabled,password_last_used,mfa_active,access_key_1_active,access_key_2_active
                    bob,arn:aws:iam::111122223333:user/bob,2024-03-12T14:05:00+00:00,true,2026-05-28T17:02:00+00:00,⚑false,false,false
                    """),
                bobMappedToMasters,
            ]),
        ],
        nonTriggering: [
            CheckExample(files: [
                ExampleFile(name: "credential-report.csv", content: """
                    user,arn,user_creation_time,password_enabled,password_last_used,mfa_active,access_key_1_active,access_key_2_active
                    bob,arn:aws:iam::111122223333:user/bob,2024-03-12T14:05:00+00:00,true,2026-05-28T17:02:00+00:00,true,false,false
                    """),
                bobMappedToMasters,
            ]),
        ])

    /// `aws-auth` of cluster `prod` mapping the IAM user bob to `system:masters`.
    private static let bobMappedToMasters = ExampleFile(name: "prod/aws-auth.yaml", content: """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: aws-auth
          namespace: kube-system
        data:
          mapUsers: |
            - userarn: arn:aws:iam::111122223333:user/bob
              username: bob
              groups:
                - system:masters
        """)

    func findings(in context: AnalysisContext) -> [Finding] {
        let graph = context.graph
        let targets = graph.sortedPrincipals.filter { principal in
            guard principal.provider == .kubernetes, principal.kind == .group,
                  let identity = KubernetesIdentity(id: principal.id.rawValue) else { return false }
            return identity.name == "system:masters"
        }
        guard !targets.isEmpty else { return [] }
        var findings: [Finding] = []
        for origin in graph.sortedPrincipals where isUnprotected(origin) {
            let reach = Reachability(from: origin.id, in: graph)
            for target in targets {
                guard let path = reach.path(to: target.id), !path.isEmpty else { continue }
                let providers = orderedProviders(along: path, from: origin, in: graph)
                guard providers.count > 1 else { continue }
                let conditions = path.flatMap(\.conditions)
                let cluster = KubernetesIdentity(id: target.id.rawValue)?.cluster ?? ""
                var message = "\(describe(origin)) reaches `system:masters` of cluster `\(cluster)` in \(path.count) hops across \(providers.joined(separator: ", "))"
                if !conditions.isEmpty {
                    message += ", if \(conditions.map(\.description).joined(separator: " and "))"
                }
                findings.append(finding(
                    message: message, principal: origin.id.rawValue, capability: .admin, resource: target.id.rawValue,
                    path: path.map(PathStep.init), locations: [origin.mfa.location ?? origin.provenance] + path.map(\.source),
                    anchor: "path:\(origin.id.rawValue)->\(target.id.rawValue)"))
            }
        }
        return findings
    }

    /// A person with no or a weak second factor, or the synthetic workflow of any repository.
    private func isUnprotected(_ principal: Principal) -> Bool {
        if principal.id == GitHubFederationLinker.outsiderID { return true }
        return principal.human == .human && (principal.mfa.status == .none || principal.mfa.status == .weak)
    }

    private func describe(_ principal: Principal) -> String {
        if principal.id == GitHubFederationLinker.outsiderID { return "a workflow in any GitHub repository" }
        let factor = principal.mfa.status == .weak ? "weak MFA" : "no MFA"
        return "`\(principal.displayName)` (\(principal.provider.rawValue), \(factor))"
    }

    /// The providers the path passes through, in order, each once.
    private func orderedProviders(along path: [Edge], from origin: Principal, in graph: PermissionGraph) -> [String] {
        var providers = [origin.provider.rawValue]
        for edge in path {
            guard let provider = graph.principals[edge.to]?.provider.rawValue else { continue }
            if !providers.contains(provider) { providers.append(provider) }
        }
        return providers
    }
}
