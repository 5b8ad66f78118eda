import AccessGraph
import Documents
import Kubernetes

/// Flags bindings whose subject is everyone: every signed-in user, every anonymous caller, or
/// every service account.
struct KubernetesBindingToEveryone: Check {
    /// The subjects that stand for everyone, with who that is.
    static let everyone: [String: String] = [
        "Group/system:authenticated": "every authenticated user",
        "Group/system:unauthenticated": "every anonymous caller",
        "User/system:anonymous": "every anonymous caller",
        "Group/system:serviceaccounts": "every service account of the cluster",
    ]

    static let description = CheckDescription(
        id: "LP0302", slug: "k8s-binding-to-everyone",
        title: "Role bound to every user or every service account",
        category: .publicAccess, severity: .high,
        rationale: """
            `system:authenticated` holds every identity the cluster accepts (on managed clusters \
            that can include any cloud account), `system:unauthenticated` and `system:anonymous` \
            anyone who can reach the API server, and `system:serviceaccounts` every workload. A \
            role bound to them is granted to everyone. The API server's own discovery bindings \
            (`system:` roles bound by `system:` bindings) are not reported.
            """,
        remediation: "Bind the role to the specific users, groups or service accounts that need it.",
        triggering: [
            CheckExample(file: "prod/rbac.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: everyone-reads, namespace: apps}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
                subjects:
                - ⚑{kind: Group, name: "system:authenticated", apiGroup: rbac.authorization.k8s.io}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "prod/rbac.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: "system:discovery"}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:discovery"}
                subjects: [{kind: Group, name: "system:authenticated"}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: team-reads, namespace: apps}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
                subjects: [{kind: Group, name: "system:serviceaccounts:apps"}]
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        var result: [Finding] = []
        for cluster in KubernetesCheckSupport.clusters(in: context) {
            for binding in cluster.allBindings {
                if KubernetesCheckSupport.isSystemName(binding.name) && KubernetesCheckSupport.isSystemName(binding.roleRef.name) { continue }
                for subject in binding.subjects {
                    guard let who = Self.everyone["\(subject.kind)/\(subject.name)"],
                        let principal = KubernetesCheckSupport.principalID(of: subject, in: binding, cluster: cluster.name) else { continue }
                    result.append(finding(
                        message: "\(binding.title) grants \(binding.roleRef.kind) `\(binding.roleRef.name)` to \(who) (\(subject.kind) `\(subject.name)`) \(KubernetesCheckSupport.scope(of: binding))",
                        principal: principal, resource: "k8s:\(cluster.name):\(binding.namespace.map { "namespace:\($0)" } ?? "cluster")",
                        locations: [subject.location, binding.location],
                        anchor: "\(cluster.name):\(binding.title):\(subject.kind):\(subject.name)"))
                }
            }
        }
        return result
    }
}
