import AccessGraph
import Documents
import Kubernetes

/// Flags bindings that grant rights to a namespace's `default` service account.
struct KubernetesDefaultServiceAccountRights: Check {
    static let description = CheckDescription(
        id: "LP0305", slug: "k8s-default-service-account-rights",
        title: "Default service account has rights",
        category: .overGrant, severity: .medium,
        rationale: """
            Every pod that names no service account runs as its namespace's `default` account, so \
            rights granted to it go to every such pod — including ones created later for other purposes.
            """,
        remediation: "Create a dedicated service account for the workload that needs the rights, bind the role to it, and set `serviceAccountName`.",
        triggering: [
            CheckExample(file: "prod/rbac.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: default-edit, namespace: apps}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}
                subjects:
                - ⚑kind: ServiceAccount
                  name: default
                """),
        ],
        nonTriggering: [
            CheckExample(file: "prod/rbac.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: api-edit, namespace: apps}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}
                subjects:
                - kind: ServiceAccount
                  name: api
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        var result: [Finding] = []
        for cluster in KubernetesCheckSupport.clusters(in: context) {
            for binding in cluster.allBindings {
                for subject in binding.subjects where subject.kind == "ServiceAccount" && subject.name == "default" {
                    guard let principal = KubernetesCheckSupport.principalID(of: subject, in: binding, cluster: cluster.name) else { continue }
                    result.append(finding(
                        message: "\(binding.title) grants \(binding.roleRef.kind) `\(binding.roleRef.name)` to \(KubernetesCheckSupport.describe(subject, in: binding)) \(KubernetesCheckSupport.scope(of: binding))",
                        principal: principal, locations: [subject.location, binding.location],
                        anchor: "\(cluster.name):\(binding.title):\(principal)"))
                }
            }
        }
        return result
    }
}
