/// Whether a rule allows a request, exactly as the upstream RBAC authorizer matches
/// (kubernetes `plugin/pkg/auth/authorizer/rbac/rbac.go` `RuleAllows` and the matchers of
/// `pkg/apis/rbac/v1/evaluation_helpers.go`). Strings compare byte for byte, as Go's do (Swift's
/// `==` would equate canonically equivalent Unicode).
public enum RuleMatching {
    /// Whether `rule` allows `request`.
    public static func allows(_ rule: PolicyRule, _ request: RBACRequest) -> Bool {
        guard verbMatches(rule, request.verb) else { return false }
        if request.isResourceRequest {
            let combined = request.subresource.isEmpty ? request.resource : request.resource + "/" + request.subresource
            return apiGroupMatches(rule, request.apiGroup)
                && resourceMatches(rule, combined: combined, subresource: request.subresource)
                && resourceNameMatches(rule, request.name)
        }
        return nonResourceURLMatches(rule, request.path)
    }

    /// `*` or the exact verb (case-sensitive).
    public static func verbMatches(_ rule: PolicyRule, _ verb: String) -> Bool {
        rule.verbs.contains { same($0, "*") || same($0, verb) }
    }

    /// `*` or the exact group.
    public static func apiGroupMatches(_ rule: PolicyRule, _ group: String) -> Bool {
        rule.apiGroups.contains { same($0, "*") || same($0, group) }
    }

    /// `*` (every resource and subresource), the exact `resource[/subresource]`, or, for a
    /// subresource request, `*/subresource`. `pods/*` is not a wildcard: it matches only a
    /// subresource literally named `*`.
    public static func resourceMatches(_ rule: PolicyRule, combined: String, subresource: String) -> Bool {
        for ruleResource in rule.resources {
            if same(ruleResource, "*") || same(ruleResource, combined) { return true }
            if subresource.isEmpty { continue }
            if ruleResource.utf8.count == subresource.utf8.count + 2, ruleResource.utf8.starts(with: "*/".utf8),
                ruleResource.utf8.reversed().starts(with: subresource.utf8.reversed()) {
                return true
            }
        }
        return false
    }

    /// No `resourceNames` allows any name; otherwise the name must be listed exactly. A request
    /// without a name (`create`, `list`, `deletecollection`) never matches a rule that lists names.
    public static func resourceNameMatches(_ rule: PolicyRule, _ name: String) -> Bool {
        rule.resourceNames.isEmpty || rule.resourceNames.contains { same($0, name) }
    }

    /// `*`, the exact path, or a path starting with what precedes a trailing run of `*`.
    public static func nonResourceURLMatches(_ rule: PolicyRule, _ path: String) -> Bool {
        rule.nonResourceURLs.contains { nonResourceURLCovers($0, path) }
    }

    /// Whether a rule's URL covers a path: `*`, equal, or a trailing-`*` prefix.
    public static func nonResourceURLCovers(_ url: String, _ path: String) -> Bool {
        if same(url, "*") || same(url, path) { return true }
        guard url.utf8.last == UInt8(ascii: "*") else { return false }
        let prefix = url.utf8.reversed().drop { $0 == UInt8(ascii: "*") }.reversed()
        return path.utf8.starts(with: prefix)
    }

    /// Byte-for-byte equality.
    @inline(__always)
    static func same(_ left: String, _ right: String) -> Bool {
        left.utf8.elementsEqual(right.utf8)
    }
}
