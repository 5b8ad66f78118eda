import AccessGraph
import Documents
import Kubernetes

/// Reports aggregated ClusterRoles whose exported rules differ from what their selectors give.
struct KubernetesAggregationDrift: Check {
    static let description = CheckDescription(
        id: "LP0308", slug: "k8s-aggregation-drift",
        title: "Aggregated ClusterRole differs from its export",
        category: .policyLint, severity: .low,
        rationale: """
            The aggregation controller rewrites an aggregated ClusterRole's rules from the roles its \
            selectors match. When the export shows other rules — hand-edited, exported mid-change, or \
            a labelled role missing from the export — what reviewers read is not what the cluster \
            grants. leastpriv decides with the recomputed rules.
            """,
        remediation: "Export the cluster again, or review the rules the labelled roles add (listed in the message).",
        triggering: [
            CheckExample(file: "prod/rbac.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: monitoring
                aggregationRule:
                  clusterRoleSelectors:
                  - matchLabels: {example.com/aggregate-to-monitoring: "true"}
                rules:
                - ⚑{apiGroups: [""], resources: [pods], verbs: [get]}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: monitoring-secrets
                  labels: {example.com/aggregate-to-monitoring: "true"}
                rules:
                - {apiGroups: [""], resources: [secrets], verbs: [get]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "prod/rbac.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: monitoring
                aggregationRule:
                  clusterRoleSelectors:
                  - matchLabels: {example.com/aggregate-to-monitoring: "true"}
                rules:
                - {apiGroups: [""], resources: [pods], verbs: [get]}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: monitoring-pods
                  labels: {example.com/aggregate-to-monitoring: "true"}
                rules:
                - {apiGroups: [""], resources: [pods], verbs: [get]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        var result: [Finding] = []
        for cluster in KubernetesCheckSupport.clusters(in: context) {
            for name in cluster.aggregationDrift {
                guard let role = cluster.clusterRoles[name] else { continue }
                let exported = Set(role.exportedRules)
                let added = role.rules.filter { !exported.contains($0) }.map { "`\($0.summary)`" }
                let dropped = role.exportedRules.filter { !Set(role.rules).contains($0) }.map { "`\($0.summary)`" }
                var parts: [String] = []
                if !added.isEmpty { parts.append("adds \(added.joined(separator: ", "))") }
                if !dropped.isEmpty { parts.append("drops \(dropped.joined(separator: ", "))") }
                // A role exported with `rules: null` was never aggregated by a live controller: the
                // bootstrap policy ships that way, so only real differences are reported.
                if role.exportedRules.isEmpty { continue }
                result.append(finding(
                    message: "aggregating ClusterRole `\(name)` from its selectors \(parts.joined(separator: " and "))",
                    resource: role.policyID(cluster: cluster.name),
                    locations: [role.exportedRules.first?.location ?? role.location, role.location],
                    anchor: "\(cluster.name):\(name)"))
            }
        }
        return result
    }
}
