import AccessGraph
import Documents

/// Decides `scope:level` requests (`contents:write`) on `github:repo:OWNER/REPO` for job tokens
/// (their effective permissions) and for people and teams (their repository role).
public struct GitHubAuthorizer: Authorizer {
    /// One principal's grant on one repository.
    public struct Grant: Sendable, Hashable {
        /// `OWNER/REPO`, lower case.
        public var repository: String
        /// The levels held.
        public var permissions: TokenPermissions
        /// Where the grant is decided, and how.
        public var reason: DecisionReason
    }

    public let provider = Provider.github
    /// Grants by principal.
    public var grants: [PrincipalID: [Grant]]

    /// Makes an authorizer.
    public init(grants: [PrincipalID: [Grant]]) {
        self.grants = grants
    }

    /// The token scopes a repository role gives a person (what the same scope lets them do
    /// through the API).
    public static func permissions(ofRole role: String) -> TokenPermissions {
        let read: [TokenScope: AccessLevel] = [.contents: .read, .issues: .read, .pullRequests: .read, .actions: .read, .packages: .read]
        switch role {
        case "admin", "maintain", "write":
            var levels = Dictionary(uniqueKeysWithValues: TokenScope.allCases.map { ($0, $0.clamp(.write)) })
            levels[.idToken] = AccessLevel.none
            return TokenPermissions(levels)
        case "triage":
            return TokenPermissions(read.merging([.issues: .write, .pullRequests: .write]) { $1 })
        case "read":
            return TokenPermissions(read)
        default:
            return TokenPermissions()
        }
    }

    public func decide(_ request: Request, graph: PermissionGraph) -> Decision {
        let parts = request.action.split(separator: ":").map(String.init)
        guard parts.count == 2, let scope = TokenScope(rawValue: parts[0].lowercased()), let level = AccessLevel(rawValue: parts[1].lowercased()) else {
            return Decision(.implicitDeny, reasons: [DecisionReason(detail: "`\(request.action)` is not a token scope and level such as `contents:write`")])
        }
        let repository = request.resource.lowercased().hasPrefix("github:repo:") ? String(request.resource.dropFirst("github:repo:".count)).lowercased() : request.resource.lowercased()
        let held = (grants[request.principal] ?? []).filter { $0.repository == repository }
        if let grant = held.first(where: { $0.permissions.grants(scope, level) }) {
            return Decision(.allow, reasons: [grant.reason])
        }
        let reasons = held.isEmpty
            ? [DecisionReason(detail: "nothing grants `\(request.principal)` access to `\(repository)`")]
            : held.map { DecisionReason(detail: "\($0.reason.detail) holds only \($0.permissions)", location: $0.reason.location) }
        return Decision(.implicitDeny, reasons: reasons)
    }
}
