/// A resource-based policy (bucket policy, repository policy, role trust policy) with the
/// resources it governs.
public struct ResourcePolicy: Sendable, Hashable {
    /// The resources it is attached to (a repository ARN; a region may be `*` when the export
    /// does not say it).
    public var resource: ARNPattern
    /// The account that owns the resource, when known.
    public var account: String?
    /// The policy.
    public var policy: AttachedPolicy

    /// Makes a resource policy.
    public init(resource: ARNPattern, account: String?, policy: AttachedPolicy) {
        self.resource = resource
        self.account = account
        self.policy = policy
    }
}
