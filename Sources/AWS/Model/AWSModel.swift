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
    /// Every version of each managed policy by ARN, the default marked: only the default is in
    /// force, the others matter to `iam:SetDefaultPolicyVersion`.
    public var managedPolicyVersions: [String: [ManagedPolicyVersion]] = [:]

    /// An empty model.
    public init() {}
}

/// One version of a managed policy.
public struct ManagedPolicyVersion: Sendable, Hashable {
    /// `v1`, `v2`, …
    public var id: String
    /// Whether it is the version in force.
    public var isDefault: Bool
    /// The document.
    public var document: PolicyDocument

    /// Makes a version.
    public init(id: String, isDefault: Bool, document: PolicyDocument) {
        self.id = id
        self.isDefault = isDefault
        self.document = document
    }
}
