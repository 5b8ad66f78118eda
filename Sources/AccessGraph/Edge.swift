import Documents

/// How one principal reaches another.
public enum EdgeKind: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// A user is a member of a group or team.
    case memberOf
    /// A principal may assume a role (trust policy × caller permission).
    case assumes
    /// An OIDC or SAML subject federates into a role.
    case federates
    /// A Kubernetes subject is bound to a role in a scope.
    case bindsTo
    /// A workload or job runs as an identity.
    case runsAs
    /// A cloud identity maps to a Kubernetes user or group.
    case mapsTo
    /// A principal gains another's permissions through a named technique.
    case escalates(technique: String)
    /// A principal may change a workflow, pipeline or policy that another principal runs.
    case canModify

    /// The kind as written in reports: `memberOf`, `escalates(iam-passrole-lambda)`.
    public var description: String {
        switch self {
        case .memberOf: "memberOf"
        case .assumes: "assumes"
        case .federates: "federates"
        case .bindsTo: "bindsTo"
        case .runsAs: "runsAs"
        case .mapsTo: "mapsTo"
        case .escalates(let technique): "escalates(\(technique))"
        case .canModify: "canModify"
        }
    }

    public static func < (lhs: EdgeKind, rhs: EdgeKind) -> Bool {
        lhs.description < rhs.description
    }
}

/// A directed link between principals, which always says why it exists and where that is written.
///
/// There is no way to build an edge without a reason and a source: both are required by the only
/// initialiser, and an empty reason is refused.
public struct Edge: Sendable, Hashable {
    /// Where the edge starts.
    public let from: PrincipalID
    /// Where it leads.
    public let to: PrincipalID
    /// How.
    public let kind: EdgeKind
    /// Why, in one line a reviewer can check (`trust policy of deploy allows alice's account`).
    public let reason: String
    /// The input that makes it exist.
    public let source: FileLocation
    /// What must hold for it to be usable (MFA, a source IP, a second reviewer); empty if nothing.
    public let conditions: [Condition]

    /// Makes an edge; returns nil when the reason is blank, so no edge can lack one.
    public init?(from: PrincipalID, to: PrincipalID, kind: EdgeKind, reason: String, source: FileLocation, conditions: [Condition] = []) {
        guard !reason.allSatisfy(\.isWhitespace) else { return nil }
        self.from = from
        self.to = to
        self.kind = kind
        self.reason = reason
        self.source = source
        self.conditions = conditions
    }

    /// Whether anything must hold for the edge to be usable.
    public var isConditional: Bool { !conditions.isEmpty }
}
