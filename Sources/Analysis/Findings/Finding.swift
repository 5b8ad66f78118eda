import AccessGraph
import Documents

/// One hop of a finding's path, as reports print it.
public struct PathStep: Sendable, Hashable {
    /// Where the hop starts.
    public var from: String
    /// Where it leads.
    public var to: String
    /// How (`memberOf`, `assumes`, `escalates(iam-passrole-lambda)`).
    public var kind: String
    /// Why the hop exists.
    public var reason: String
    /// Where that is written.
    public var location: FileLocation?

    /// Makes a step.
    public init(from: String, to: String, kind: String, reason: String, location: FileLocation? = nil) {
        self.from = from
        self.to = to
        self.kind = kind
        self.reason = reason
        self.location = location
    }

    /// The step for a graph edge.
    public init(_ edge: Edge) {
        self.init(from: edge.from.rawValue, to: edge.to.rawValue, kind: edge.kind.description, reason: edge.reason, location: edge.source)
    }
}

/// A problem a check found: a plain value that reporters print and nothing else computes on.
public struct Finding: Sendable, Hashable {
    /// The check's id (`LP0204`).
    public var checkID: String
    /// The check's slug (`oidc-trust-without-subject`).
    public var checkSlug: String
    /// The category.
    public var category: Category
    /// The severity (the check's default unless configured otherwise).
    public var severity: Severity
    /// The check's title.
    public var title: String
    /// What is wrong here, in one line: lowercase, no final period, user input in backticks.
    public var message: String
    /// The principal concerned, if any (canonical id).
    public var principal: String?
    /// The capability at stake, if any.
    public var capability: Capability?
    /// The resource concerned, if any.
    public var resource: String?
    /// How the principal gets there, hop by hop.
    public var path: [PathStep]
    /// Where the problem is written; the first is the primary location.
    public var locations: [FileLocation]
    /// What to do about it.
    public var remediation: String
    /// Identity of the deciding statement or setting, stable across unrelated edits (a policy id
    /// and statement `Sid`, not a line number). Part of the fingerprint.
    public var anchor: String

    /// Makes a finding.
    public init(
        checkID: String, checkSlug: String, category: Category, severity: Severity, title: String, message: String,
        principal: String? = nil, capability: Capability? = nil, resource: String? = nil, path: [PathStep] = [],
        locations: [FileLocation], remediation: String, anchor: String
    ) {
        self.checkID = checkID
        self.checkSlug = checkSlug
        self.category = category
        self.severity = severity
        self.title = title
        self.message = message
        self.principal = principal
        self.capability = capability
        self.resource = resource
        self.path = path
        self.locations = locations
        self.remediation = remediation
        self.anchor = anchor
    }

    /// A stable fingerprint: the SHA-256 of check id, principal, resource and anchor. Line
    /// numbers and messages are left out, so edits elsewhere in a file keep it.
    public var fingerprint: String {
        let material = [checkID, principal ?? "", resource ?? "", anchor].joined(separator: "\u{0}")
        return SHA256.hexDigest(of: Array(material.utf8))
    }

    /// The primary location, if any.
    public var primaryLocation: FileLocation? { locations.first }
}

extension Finding {
    /// The deterministic report order: severity, file, line, check id, principal, then the rest
    /// of the identity so that no two distinct findings tie.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        let leftFile = lhs.primaryLocation?.file ?? "", rightFile = rhs.primaryLocation?.file ?? ""
        if leftFile != rightFile { return leftFile < rightFile }
        let leftLine = lhs.primaryLocation?.line ?? 0, rightLine = rhs.primaryLocation?.line ?? 0
        if leftLine != rightLine { return leftLine < rightLine }
        if lhs.checkID != rhs.checkID { return lhs.checkID < rhs.checkID }
        if lhs.principal != rhs.principal { return (lhs.principal ?? "") < (rhs.principal ?? "") }
        if lhs.resource != rhs.resource { return (lhs.resource ?? "") < (rhs.resource ?? "") }
        if lhs.anchor != rhs.anchor { return lhs.anchor < rhs.anchor }
        return lhs.message < rhs.message
    }
}
