/// Whether one set of rules covers another, as upstream's escalation check compares them
/// (kubernetes `pkg/registry/rbac/validation/policy_comparator.go`): the servant rules are broken
/// down into single verb × group × resource (× name) rules and single verb × URL rules, and each
/// must be covered by one owner rule.
public enum PolicyComparator {
    /// Whether `owner` covers every rule of `servant`, with the broken-down rules it does not cover.
    public static func covers(_ owner: [PolicyRule], _ servant: [PolicyRule]) -> (covered: Bool, uncovered: [PolicyRule]) {
        let uncovered = servant.flatMap(breakdown).filter { subrule in !owner.contains { ruleCovers($0, subrule) } }
        return (uncovered.isEmpty, uncovered)
    }

    /// A rule as single-verb, single-group, single-resource (and single-name) rules, then
    /// single-verb, single-URL rules.
    public static func breakdown(_ rule: PolicyRule) -> [PolicyRule] {
        var result: [PolicyRule] = []
        for group in rule.apiGroups {
            for resource in rule.resources {
                for verb in rule.verbs {
                    if rule.resourceNames.isEmpty {
                        result.append(PolicyRule(verbs: [verb], apiGroups: [group], resources: [resource]))
                    } else {
                        result += rule.resourceNames.map { PolicyRule(verbs: [verb], apiGroups: [group], resources: [resource], resourceNames: [$0]) }
                    }
                }
            }
        }
        for url in rule.nonResourceURLs {
            result += rule.verbs.map { PolicyRule(verbs: [$0], nonResourceURLs: [url]) }
        }
        return result
    }

    /// Whether one owner rule covers a broken-down rule.
    static func ruleCovers(_ owner: PolicyRule, _ sub: PolicyRule) -> Bool {
        let verbs = owner.verbs.contains("*") || hasAll(owner.verbs, sub.verbs)
        let groups = owner.apiGroups.contains("*") || hasAll(owner.apiGroups, sub.apiGroups)
        let resources = resourcesCover(owner.resources, sub.resources)
        let urls = sub.nonResourceURLs.allSatisfy { path in owner.nonResourceURLs.contains { RuleMatching.nonResourceURLCovers($0, path) } }
        let names = owner.resourceNames.isEmpty || (!sub.resourceNames.isEmpty && hasAll(owner.resourceNames, sub.resourceNames))
        return verbs && groups && resources && urls && names
    }

    /// `*`, every resource listed, or each subresource covered by `*/subresource`.
    static func resourcesCover(_ owner: [String], _ sub: [String]) -> Bool {
        if owner.contains("*") || hasAll(owner, sub) { return true }
        for path in sub where !owner.contains(path) {
            guard let slash = path.firstIndex(of: "/") else { return false }
            if !owner.contains("*/" + path[path.index(after: slash)...]) { return false }
        }
        return true
    }

    private static func hasAll(_ set: [String], _ wanted: [String]) -> Bool {
        wanted.allSatisfy { item in set.contains { RuleMatching.same($0, item) } }
    }
}
