import Documents

/// One rule of a Role or ClusterRole, as written: which verbs on which API groups, resources and
/// names, or which non-resource URLs.
public struct PolicyRule: Sendable, Hashable {
    /// Verbs (`get`, `create`, `*`).
    public var verbs: [String]
    /// API groups (`""` is the core group, `*` every group).
    public var apiGroups: [String]
    /// Resources (`pods`, `pods/exec`, `*/scale`, `*`).
    public var resources: [String]
    /// Object names the rule is limited to; empty means any.
    public var resourceNames: [String]
    /// Non-resource URLs (`/healthz`, `/apis/*`).
    public var nonResourceURLs: [String]
    /// Where the rule is written (not part of its identity).
    public var location: FileLocation?

    /// Makes a rule.
    public init(verbs: [String], apiGroups: [String] = [], resources: [String] = [], resourceNames: [String] = [], nonResourceURLs: [String] = [], location: FileLocation? = nil) {
        self.verbs = verbs
        self.apiGroups = apiGroups
        self.resources = resources
        self.resourceNames = resourceNames
        self.nonResourceURLs = nonResourceURLs
        self.location = location
    }

    /// Rules are equal when their fields are, wherever they are written (the aggregation
    /// controller's `ruleExists`).
    public static func == (lhs: PolicyRule, rhs: PolicyRule) -> Bool {
        lhs.verbs == rhs.verbs && lhs.apiGroups == rhs.apiGroups && lhs.resources == rhs.resources
            && lhs.resourceNames == rhs.resourceNames && lhs.nonResourceURLs == rhs.nonResourceURLs
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(verbs)
        hasher.combine(apiGroups)
        hasher.combine(resources)
        hasher.combine(resourceNames)
        hasher.combine(nonResourceURLs)
    }

    /// `get,list pods,secrets (group "")` or `get /healthz`, for reasons and statements.
    public var summary: String {
        let verbText = verbs.joined(separator: ",")
        if !nonResourceURLs.isEmpty && resources.isEmpty {
            return "\(verbText) \(nonResourceURLs.joined(separator: ","))"
        }
        let groups = apiGroups.map { $0.isEmpty ? "\"\"" : $0 }.joined(separator: ",")
        var text = "\(verbText) \(resources.joined(separator: ",")) in groups \(groups)"
        if !resourceNames.isEmpty { text += " named \(resourceNames.joined(separator: ","))" }
        if !nonResourceURLs.isEmpty { text += " and \(nonResourceURLs.joined(separator: ","))" }
        return text
    }
}
