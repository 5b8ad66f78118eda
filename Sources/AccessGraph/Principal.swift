import Documents

/// The canonical identifier of a principal, unique across providers
/// (`arn:aws:iam::111122223333:role/deploy`, `k8s:prod:serviceaccount:ci:builder`, `github:user:octocat`).
public struct PrincipalID: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The canonical text.
    public let rawValue: String

    /// Wraps a canonical id.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static func < (lhs: PrincipalID, rhs: PrincipalID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    public var description: String { rawValue }
}

/// What kind of actor a principal is.
public enum PrincipalKind: String, Sendable, Hashable, CaseIterable, Codable {
    case user
    case group
    case role
    case account
    case service
    case federated
    case serviceAccount = "serviceaccount"
    case team
    case jobToken = "job"
    case oidcSubject = "oidc"
}

/// Whether a principal is a person.
public enum HumanStatus: String, Sendable, Hashable, Codable {
    /// A person signs in as this principal (a console password, a GitHub member).
    case human
    /// A workload or pipeline acts as this principal.
    case machine
    /// The inputs do not say.
    case unknown
}

/// How strongly a principal's sign-in is protected by a second factor.
public enum MFAStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Policy or settings require MFA for every sign-in.
    case enforced
    /// A device is enrolled, but nothing requires it.
    case enrolled
    /// A factor exists but is phishable or can be bypassed (SMS, a recovery path).
    case weak
    /// No second factor.
    case none
    /// The inputs do not say.
    case unknown
}

/// A principal's MFA status with the input that showed it.
public struct MFAState: Sendable, Hashable {
    /// The status.
    public var status: MFAStatus
    /// Why: the field or setting that showed it (`mfa_active=false in credential report`).
    public var evidence: String
    /// Where the evidence is.
    public var location: FileLocation?

    /// Makes a state.
    public init(status: MFAStatus, evidence: String, location: FileLocation? = nil) {
        self.status = status
        self.evidence = evidence
        self.location = location
    }

    /// MFA status nobody reported.
    public static let unknown = MFAState(status: .unknown, evidence: "no input says")
}

/// A credential a principal holds.
public struct Credential: Sendable, Hashable {
    /// The kinds of credential.
    public enum Kind: String, Sendable, Hashable, Codable {
        case password
        case accessKey = "access-key"
        case certificate
        case token
        case sshKey = "ssh-key"
    }

    /// What it is.
    public var kind: Kind
    /// Its identifier where it has one (an access key id); never a secret.
    public var identifier: String?
    /// Whether it can be used now.
    public var isActive: Bool
    /// When it was created, as the input wrote it (ISO 8601).
    public var created: String?
    /// When it was last used, as the input wrote it (ISO 8601), or nil if never or unknown.
    public var lastUsed: String?
    /// Where the input says so.
    public var location: FileLocation?

    /// Makes a credential.
    public init(kind: Kind, identifier: String? = nil, isActive: Bool, created: String? = nil, lastUsed: String? = nil, location: FileLocation? = nil) {
        self.kind = kind
        self.identifier = identifier
        self.isActive = isActive
        self.created = created
        self.lastUsed = lastUsed
        self.location = location
    }
}

/// Someone or something that acts: a user, role, service account, job token, OIDC subject.
public struct Principal: Sendable, Hashable, Identifiable {
    /// The canonical id.
    public var id: PrincipalID
    /// The provider it belongs to.
    public var provider: Provider
    /// What kind of principal it is.
    public var kind: PrincipalKind
    /// The name people call it by (`alice`, `deploy`).
    public var displayName: String
    /// Other names that identify it (`role/deploy`, `system:serviceaccount:ci:builder`), used to
    /// resolve short forms on the command line.
    public var aliases: [String]
    /// Whether a person signs in as it.
    public var human: HumanStatus
    /// Its MFA status with the evidence.
    public var mfa: MFAState
    /// The credentials it holds.
    public var credentials: [Credential]
    /// Its tags or labels.
    public var tags: [String: String]
    /// Where it is defined.
    public var provenance: FileLocation

    /// Makes a principal.
    public init(
        id: PrincipalID, provider: Provider, kind: PrincipalKind, displayName: String, aliases: [String] = [],
        human: HumanStatus = .unknown, mfa: MFAState = .unknown, credentials: [Credential] = [],
        tags: [String: String] = [:], provenance: FileLocation
    ) {
        self.id = id
        self.provider = provider
        self.kind = kind
        self.displayName = displayName
        self.aliases = aliases
        self.human = human
        self.mfa = mfa
        self.credentials = credentials
        self.tags = tags
        self.provenance = provenance
    }
}
