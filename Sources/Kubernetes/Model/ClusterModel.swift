import Documents

/// Everything imported about one cluster.
public struct ClusterModel: Sendable {
    /// The cluster's name (part of every canonical id).
    public var name: String
    /// ClusterRoles by name.
    public var clusterRoles: [String: RBACRole] = [:]
    /// Roles by namespace, then name.
    public var roles: [String: [String: RBACRole]] = [:]
    /// ClusterRoleBindings, in input order.
    public var clusterRoleBindings: [RBACBinding] = []
    /// RoleBindings by namespace, in input order.
    public var roleBindings: [String: [RBACBinding]] = [:]
    /// ServiceAccounts by namespace, then name.
    public var serviceAccounts: [String: [String: ServiceAccount]] = [:]
    /// Namespaces by name.
    public var namespaces: [String: NamespaceObject] = [:]
    /// Pods and workload controllers, in input order.
    public var workloads: [Workload] = []
    /// aws-auth entries and EKS access entries.
    public var cloudMappings: [CloudIdentityMapping] = []
    /// Aggregated ClusterRoles whose exported rules differ from what their selectors give.
    public var aggregationDrift: [String] = []

    /// Makes an empty cluster.
    public init(name: String) {
        self.name = name
    }

    /// The role a binding refers to, or nil when it is missing (a dangling binding) or of an
    /// unsupported kind. A RoleBinding's `Role` is looked up in the binding's namespace.
    public func role(referencedBy binding: RBACBinding) -> RBACRole? {
        switch binding.roleRef.kind {
        case "ClusterRole": clusterRoles[binding.roleRef.name]
        case "Role": binding.namespace.flatMap { roles[$0]?[binding.roleRef.name] }
        default: nil
        }
    }

    /// Every binding: ClusterRoleBindings first, then RoleBindings by namespace name.
    public var allBindings: [RBACBinding] {
        clusterRoleBindings + roleBindings.keys.sorted().flatMap { roleBindings[$0] ?? [] }
    }

    /// Every namespace the inputs mention (objects, roles, bindings, service accounts, workloads).
    public var knownNamespaces: [String] {
        var names = Set(namespaces.keys)
        names.formUnion(roles.keys)
        names.formUnion(roleBindings.keys)
        names.formUnion(serviceAccounts.keys)
        names.formUnion(workloads.map(\.namespace))
        return names.sorted()
    }
}
