/// Recomputes aggregated ClusterRoles as the cluster-role aggregation controller does
/// (kubernetes `pkg/controller/clusterroleaggregation`): an aggregated role's rules become, in
/// selector order and then by role name, every distinct rule of every other ClusterRole whose
/// labels a selector matches. Repeated until nothing changes, since aggregated roles may feed
/// each other (the live cluster converges the same way).
public enum Aggregation {
    /// Recomputes the cluster's aggregated roles and records the ones whose exported rules differ.
    public static func recompute(_ cluster: inout ClusterModel) {
        let aggregated = cluster.clusterRoles.values.filter { $0.aggregationSelectors != nil }.map(\.name).sorted()
        guard !aggregated.isEmpty else { return }
        let sortedNames = cluster.clusterRoles.keys.sorted()
        for _ in 0...aggregated.count {
            var changed = false
            for name in aggregated {
                guard let role = cluster.clusterRoles[name], let selectors = role.aggregationSelectors else { continue }
                var rules: [PolicyRule] = []
                var seen: Set<PolicyRule> = []
                for selector in selectors {
                    for other in sortedNames where other != name {
                        guard let source = cluster.clusterRoles[other], selector.matches(source.labels) else { continue }
                        for rule in source.rules where seen.insert(rule).inserted { rules.append(rule) }
                    }
                }
                if rules != role.rules {
                    cluster.clusterRoles[name]?.rules = rules
                    changed = true
                }
            }
            if !changed { break }
        }
        cluster.aggregationDrift = aggregated.filter { name in
            guard let role = cluster.clusterRoles[name] else { return false }
            return Set(role.rules) != Set(role.exportedRules)
        }
    }
}
