import Documents

/// What role a policy plays in evaluation.
public enum PolicyKind: String, Sendable, Hashable, CaseIterable, Codable {
    case identity
    case resource
    case trust
    case boundary
    case serviceControl = "scp"
    case resourceControl = "rcp"
    case session
    case rbacRole = "rbac-role"
    case tokenPermissions = "token-permissions"
}

/// Allow or deny.
public enum Effect: String, Sendable, Hashable, Codable {
    case allow
    case deny
}

/// One statement or rule of a policy, with where it is written.
///
/// Provider modules keep the full typed statement in their own models; this is what every part
/// of the tool can show about it.
public struct Statement: Sendable, Hashable {
    /// Its position in the policy, from 0.
    public var index: Int
    /// Its name, where it has one (an IAM `Sid`).
    public var name: String?
    /// Allow or deny.
    public var effect: Effect
    /// A one-line summary (`Allow ecr:PutImage on arn:aws:ecr:*:*:repository/*`).
    public var summary: String
    /// Where it is written.
    public var provenance: FileLocation

    /// Makes a statement.
    public init(index: Int, name: String? = nil, effect: Effect, summary: String, provenance: FileLocation) {
        self.index = index
        self.name = name
        self.effect = effect
        self.summary = summary
        self.provenance = provenance
    }

    /// An identity for the statement that survives edits elsewhere in the file: its name if it
    /// has one, otherwise its position.
    public var stableIdentity: String {
        name.map { "sid:\($0)" } ?? "index:\(index)"
    }
}

/// A parsed policy document.
public struct Policy: Sendable, Hashable, Identifiable {
    /// The canonical id (a policy ARN, `inline:<principal>:<name>`, `k8s:prod:clusterrole:edit`).
    public var id: String
    /// The provider.
    public var provider: Provider
    /// Its role in evaluation.
    public var kind: PolicyKind
    /// Its name.
    public var name: String
    /// Its statements or rules.
    public var statements: [Statement]
    /// Where it is defined.
    public var provenance: FileLocation

    /// Makes a policy.
    public init(id: String, provider: Provider, kind: PolicyKind, name: String, statements: [Statement], provenance: FileLocation) {
        self.id = id
        self.provider = provider
        self.kind = kind
        self.name = name
        self.statements = statements
        self.provenance = provenance
    }
}
