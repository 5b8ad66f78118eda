import AccessGraph
import Documents
import Kubernetes

/// Flags subjects bound to a role that allows every verb on every resource (cluster-admin or a
/// copy of it).
struct KubernetesClusterAdminBinding: Check {
    static let description = CheckDescription(
        id: "LP0301", slug: "k8s-cluster-admin-binding",
        title: "Subject bound to cluster-admin or `*` on `*`",
        category: .overGrant, severity: .high,
        rationale: """
            A role with every verb on every resource lets its holder read every secret, run any \
            workload and grant itself anything else. Only break-glass administrators should hold \
            it, and never through a shared group or a workload's service account.
            """,
        remediation: "Bind a role limited to the resources and verbs the subject uses, in the namespaces it works in.",
        triggering: [
            CheckExample(file: "prod/rbac.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: ci-admin}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
                subjects:
                - ⚑{kind: ServiceAccount, name: builder, namespace: ci}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: cluster-admin}
                rules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]
                """),
        ],
        nonTriggering: [
            CheckExample(file: "prod/rbac.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: cluster-admin}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
                subjects: [{kind: Group, name: "system:masters"}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: readers}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
                subjects: [{kind: Group, name: readers}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: cluster-admin}
                rules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: view}
                rules: [{apiGroups: ["*"], resources: ["*"], verbs: [get, list, watch]}]
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        var result: [Finding] = []
        for cluster in KubernetesCheckSupport.clusters(in: context) {
            for binding in cluster.allBindings {
                guard let role = cluster.role(referencedBy: binding),
                    let rule = role.rules.first(where: KubernetesCapabilities.isEverything) else { continue }
                for subject in binding.subjects where subject.name != RBACAuthorizer.privilegedGroup {
                    guard let principal = KubernetesCheckSupport.principalID(of: subject, in: binding, cluster: cluster.name) else { continue }
                    result.append(finding(
                        message: "\(KubernetesCheckSupport.describe(subject, in: binding)) holds every verb on every resource \(KubernetesCheckSupport.scope(of: binding)) through \(binding.title) → \(role.title)",
                        principal: principal, capability: .admin, resource: "k8s:\(cluster.name):\(binding.namespace.map { "namespace:\($0)" } ?? "cluster")",
                        locations: [subject.location, binding.location] + (rule.location.map { [$0] } ?? []),
                        anchor: "\(cluster.name):\(binding.title):\(subject.kind):\(subject.name)"))
                }
            }
        }
        return result
    }
}
