import AccessGraph
import Documents
import Kubernetes

/// Flags ClusterRoles that are not the API server's own yet carry an `aggregate-to-*` label,
/// which silently widens the built-in admin, edit or view roles (or any aggregated role).
struct KubernetesAggregationLabel: Check {
    static let description = CheckDescription(
        id: "LP0303", slug: "k8s-aggregation-label",
        title: "Custom ClusterRole widens an aggregated role",
        category: .overGrant, severity: .medium,
        rationale: """
            The aggregation controller copies the rules of every ClusterRole whose labels match an \
            aggregated role's selector into it. A third-party or custom role labelled \
            `rbac.authorization.k8s.io/aggregate-to-edit` adds its rules to `edit` — and so to every \
            subject bound to `edit` or `admin` — without any binding changing.
            """,
        remediation: "Remove the label, or confirm that every holder of the aggregated role should have the added rules and record why.",
        triggering: [
            CheckExample(file: "prod/rbac.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: backup-operator-secrets
                  labels:
                    rbac.authorization.k8s.io/aggregate-to-edit: ⚑"true"
                rules: [{apiGroups: [""], resources: [secrets], verbs: [get, list]}]
                """),
        ],
        nonTriggering: [
            CheckExample(file: "prod/rbac.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: "system:aggregate-to-edit"
                  labels:
                    kubernetes.io/bootstrapping: rbac-defaults
                    rbac.authorization.k8s.io/aggregate-to-edit: "true"
                rules: [{apiGroups: [""], resources: [pods], verbs: [create]}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: plain, labels: {app: backup}}
                rules: [{apiGroups: [""], resources: [secrets], verbs: [get]}]
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        var result: [Finding] = []
        for cluster in KubernetesCheckSupport.clusters(in: context) {
            for name in cluster.clusterRoles.keys.sorted() {
                guard let role = cluster.clusterRoles[name], !KubernetesCheckSupport.isSystemName(name),
                    role.labels["kubernetes.io/bootstrapping"] != "rbac-defaults" else { continue }
                let widened = cluster.clusterRoles.values.filter { other in
                    other.name != name && (other.aggregationSelectors ?? []).contains { $0.matches(role.labels) }
                }.map(\.name).sorted()
                for key in role.labels.keys.sorted() where key.contains("aggregate-to-") {
                    let targets = widened.isEmpty ? "" : "; it widens \(widened.map { "`\($0)`" }.joined(separator: ", "))"
                    result.append(finding(
                        message: "ClusterRole `\(name)` carries label `\(key)=\(role.labels[key] ?? "")`\(targets)",
                        resource: role.policyID(cluster: cluster.name),
                        locations: [role.labelLocations[key] ?? role.labelsLocation ?? role.location],
                        anchor: "\(cluster.name):\(name):\(key)"))
                }
            }
        }
        return result
    }
}
