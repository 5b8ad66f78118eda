import Documents

/// A Role (namespaced) or ClusterRole, with its rules as exported and, for an aggregated
/// ClusterRole, the selectors that decide its rules.
public struct RBACRole: Sendable, Hashable {
    /// The name.
    public var name: String
    /// The namespace of a Role; nil for a ClusterRole.
    public var namespace: String?
    /// The rules the authorizer uses: for an aggregated ClusterRole, recomputed from its selectors.
    public var rules: [PolicyRule]
    /// The rules as written in the export (differs from `rules` when aggregation drifted).
    public var exportedRules: [PolicyRule]
    /// The labels.
    public var labels: [String: String]
    /// The `aggregationRule.clusterRoleSelectors`; nil when the role is not aggregated.
    public var aggregationSelectors: [LabelSelector]?
    /// Where the object starts.
    public var location: FileLocation
    /// Where `metadata.labels` is, for findings about labels.
    public var labelsLocation: FileLocation?
    /// Where each label's value is written.
    public var labelLocations: [String: FileLocation] = [:]

    /// Makes a role.
    public init(name: String, namespace: String?, rules: [PolicyRule], labels: [String: String] = [:], aggregationSelectors: [LabelSelector]? = nil, location: FileLocation, labelsLocation: FileLocation? = nil) {
        self.name = name
        self.namespace = namespace
        self.rules = rules
        self.exportedRules = rules
        self.labels = labels
        self.aggregationSelectors = aggregationSelectors
        self.location = location
        self.labelsLocation = labelsLocation
    }

    /// Whether it is a ClusterRole.
    public var isClusterRole: Bool { namespace == nil }

    /// `ClusterRole edit` or `Role ci/deployer`.
    public var title: String {
        if let namespace { return "Role \(namespace)/\(name)" }
        return "ClusterRole \(name)"
    }

    /// The policy id in the graph: `k8s:CLUSTER:clusterrole:NAME` or `k8s:CLUSTER:role:NS:NAME`.
    public func policyID(cluster: String) -> String {
        if let namespace { return "k8s:\(cluster):role:\(namespace):\(name)" }
        return "k8s:\(cluster):clusterrole:\(name)"
    }
}
