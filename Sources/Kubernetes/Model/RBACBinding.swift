import Documents

/// What a binding refers to: a Role in the binding's namespace or a ClusterRole.
public struct RoleReference: Sendable, Hashable {
    /// `Role` or `ClusterRole` (anything else is unsupported and grants nothing).
    public var kind: String
    /// The role's name.
    public var name: String
}

/// A subject of a binding: a user, group or service account.
public struct Subject: Sendable, Hashable {
    /// `User`, `Group` or `ServiceAccount`.
    public var kind: String
    /// The name.
    public var name: String
    /// A service account's namespace as written (may be empty).
    public var namespace: String
    /// Where it is written.
    public var location: FileLocation
}

/// A RoleBinding (namespaced) or ClusterRoleBinding.
public struct RBACBinding: Sendable, Hashable {
    /// The name.
    public var name: String
    /// The namespace of a RoleBinding; nil for a ClusterRoleBinding.
    public var namespace: String?
    /// The role it grants.
    public var roleRef: RoleReference
    /// Who it grants it to.
    public var subjects: [Subject]
    /// Where the object starts.
    public var location: FileLocation
    /// Where `roleRef` is written.
    public var roleRefLocation: FileLocation

    /// Whether it is a ClusterRoleBinding.
    public var isClusterBinding: Bool { namespace == nil }

    /// `ClusterRoleBinding ci-admin` or `RoleBinding prod/deployers`.
    public var title: String {
        if let namespace { return "RoleBinding \(namespace)/\(name)" }
        return "ClusterRoleBinding \(name)"
    }

    /// The namespace a service account subject is in: its own, or, inside a RoleBinding only, the
    /// binding's (nil when neither is set, which matches no one).
    public func serviceAccountNamespace(of subject: Subject) -> String? {
        if !subject.namespace.isEmpty { return subject.namespace }
        return namespace
    }
}
