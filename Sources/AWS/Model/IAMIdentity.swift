import AccessGraph

/// An IAM user, role, or other requester with everything evaluation needs about it.
public struct IAMIdentity: Sendable, Hashable {
    /// The canonical id (the ARN; `service:lambda.amazonaws.com` for a service).
    public var id: PrincipalID
    /// User, role, group, service or federated provider.
    public var kind: PrincipalKind
    /// The account it lives in (empty for services).
    public var account: String
    /// Its name (`alice`, `deploy`).
    public var name: String
    /// Its unique id (`AIDA…`, `AROA…`), when the inputs give it.
    public var uniqueID: String?
    /// Its tags, for `aws:PrincipalTag/…`.
    public var tags: [String: String]
    /// Identity-based policies in force: its own inline and attached ones and its groups'.
    public var identityPolicies: [AttachedPolicy]
    /// The permissions boundary, if set.
    public var boundary: AttachedPolicy?
    /// A role's trust policy.
    public var trustPolicy: AttachedPolicy?
    /// The groups a user belongs to.
    public var groups: [PrincipalID]

    /// Makes an identity.
    public init(
        id: PrincipalID, kind: PrincipalKind, account: String, name: String, uniqueID: String? = nil,
        tags: [String: String] = [:], identityPolicies: [AttachedPolicy] = [], boundary: AttachedPolicy? = nil,
        trustPolicy: AttachedPolicy? = nil, groups: [PrincipalID] = []
    ) {
        self.id = id
        self.kind = kind
        self.account = account
        self.name = name
        self.uniqueID = uniqueID
        self.tags = tags
        self.identityPolicies = identityPolicies
        self.boundary = boundary
        self.trustPolicy = trustPolicy
        self.groups = groups
    }
}
