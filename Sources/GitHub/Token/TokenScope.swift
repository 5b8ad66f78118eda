/// A scope of the `GITHUB_TOKEN`, as the `permissions:` key names it.
///
/// `metadata` is not listed: every token holds `metadata: read` and no block can change it.
public enum TokenScope: String, Sendable, Hashable, CaseIterable, Comparable {
    case actions
    case attestations
    case checks
    case contents
    case deployments
    case discussions
    case idToken = "id-token"
    case issues
    case models
    case packages
    case pages
    case pullRequests = "pull-requests"
    case repositoryProjects = "repository-projects"
    case securityEvents = "security-events"
    case statuses

    /// The levels GitHub accepts for the scope: `id-token` is `write` or `none`, `models` is
    /// `read` or `none`, every other scope takes all three.
    public var acceptedLevels: [AccessLevel] {
        switch self {
        case .idToken: [.none, .write]
        case .models: [.none, .read]
        default: [.none, .read, .write]
        }
    }

    /// The highest level the scope accepts.
    public var highestLevel: AccessLevel { acceptedLevels.max() ?? .none }

    /// The level a blanket grant (`read-all`, `write-all`) gives the scope: the wanted level, or
    /// the highest one below it that the scope accepts.
    public func clamp(_ level: AccessLevel) -> AccessLevel {
        acceptedLevels.filter { $0 <= level }.max() ?? .none
    }

    public static func < (lhs: TokenScope, rhs: TokenScope) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// A token's access to one scope. `write` includes `read`.
public enum AccessLevel: String, Sendable, Hashable, CaseIterable, Comparable {
    case none
    case read
    case write

    private var rank: Int {
        switch self {
        case .none: 0
        case .read: 1
        case .write: 2
        }
    }

    public static func < (lhs: AccessLevel, rhs: AccessLevel) -> Bool {
        lhs.rank < rhs.rank
    }
}
