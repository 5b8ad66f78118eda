import AccessGraph

/// Everything the AWS importers read, typed: what the authorizer evaluates and checks inspect.
public struct AWSModel: Sendable {
    /// Requesters by canonical id.
    public var identities: [PrincipalID: IAMIdentity] = [:]
    /// Resource-based policies, including role trust policies.
    public var resourcePolicies: [ResourcePolicy] = []
    /// SCP levels (root, OUs, account).
    public var serviceControlLevels: [OrganizationLevel] = []
    /// RCP levels.
    public var resourceControlLevels: [OrganizationLevel] = []
    /// Every parsed policy document, in force or not (non-default versions, standalone files),
    /// for checks.
    public var documents: [AttachedPolicy] = []

    /// An empty model.
    public init() {}
}
