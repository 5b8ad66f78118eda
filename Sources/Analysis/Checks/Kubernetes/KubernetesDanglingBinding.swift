import AccessGraph
import Documents
import Kubernetes

/// Flags bindings whose role does not exist.
struct KubernetesDanglingBinding: Check {
    static let description = CheckDescription(
        id: "LP0304", slug: "k8s-dangling-binding",
        title: "Binding refers to a role that does not exist",
        category: .danglingReference, severity: .medium,
        rationale: """
            A binding to a missing role grants nothing today, but whoever later creates a role of \
            that name — possibly with far more rules — silently grants it to the binding's subjects.
            """,
        remediation: "Delete the binding, or create the role it was meant for. If the role lives in another export, include that file.",
        triggering: [
            CheckExample(file: "prod/rbac.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: deployers, namespace: apps}
                roleRef:
                  ⚑apiGroup: rbac.authorization.k8s.io
                  kind: Role
                  name: deployer
                subjects: [{kind: User, name: alice}]
                """),
        ],
        nonTriggering: [
            CheckExample(file: "prod/rbac.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: deployer, namespace: apps}
                rules: [{apiGroups: [apps], resources: [deployments], verbs: [update]}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: deployers, namespace: apps}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: deployer}
                subjects: [{kind: User, name: alice}]
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        var result: [Finding] = []
        for cluster in KubernetesCheckSupport.clusters(in: context) {
            for binding in cluster.allBindings where cluster.role(referencedBy: binding) == nil {
                let missing = binding.roleRef.kind == "Role" ? "Role `\(binding.namespace ?? "")/\(binding.roleRef.name)`" : "ClusterRole `\(binding.roleRef.name)`"
                result.append(finding(
                    message: "\(binding.title) refers to \(missing), which is not in the inputs",
                    resource: "k8s:\(cluster.name):\(binding.roleRef.kind.lowercased()):\(binding.roleRef.name)",
                    locations: [binding.roleRefLocation, binding.location],
                    anchor: "\(cluster.name):\(binding.title)"))
            }
        }
        return result
    }
}
