import Documents

/// A ServiceAccount object.
public struct ServiceAccount: Sendable, Hashable {
    /// The namespace.
    public var namespace: String
    /// The name.
    public var name: String
    /// `automountServiceAccountToken`, when set.
    public var automountToken: Bool?
    /// The IAM role of an EKS IRSA annotation (`eks.amazonaws.com/role-arn`), for linking to AWS.
    public var irsaRoleARN: String?
    /// Where the object starts.
    public var location: FileLocation

    /// `system:serviceaccount:NS:NAME`, the user name its tokens authenticate as.
    public var userName: String { "system:serviceaccount:\(namespace):\(name)" }
}
