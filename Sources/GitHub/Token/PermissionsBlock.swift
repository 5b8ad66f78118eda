import Documents

/// A `permissions:` key as written at workflow or job level.
public struct PermissionsBlock: Sendable, Hashable {
    /// The forms the key takes.
    public enum Form: Sendable, Hashable {
        /// `permissions: read-all`.
        case readAll
        /// `permissions: write-all`.
        case writeAll
        /// A mapping of scopes (possibly empty, `{}`); unlisted scopes are `none`.
        case scopes([TokenScope: AccessLevel])
    }

    /// What was written.
    public var form: Form
    /// Where the key's value is written.
    public var location: FileLocation
    /// Where each listed scope is written.
    public var scopeLocations: [TokenScope: FileLocation]

    /// Makes a block.
    public init(form: Form, location: FileLocation, scopeLocations: [TokenScope: FileLocation] = [:]) {
        self.form = form
        self.location = location
        self.scopeLocations = scopeLocations
    }

    /// The token the block grants: blanket forms give every scope, a mapping gives what it lists
    /// and `none` to everything else.
    public var permissions: TokenPermissions {
        switch form {
        case .readAll: .readAll
        case .writeAll: .writeAll
        case .scopes(let levels): TokenPermissions(levels)
        }
    }

    /// Reads a `permissions:` value: `read-all`, `write-all`, `{}` or a mapping of scope to level.
    /// An unknown scope or a level the scope does not accept is an error, as GitHub refuses such
    /// a workflow.
    public static func read(_ cursor: Cursor) throws(InputError) -> PermissionsBlock {
        if cursor.isMapping {
            var levels: [TokenScope: AccessLevel] = [:]
            var locations: [TokenScope: FileLocation] = [:]
            for (key, value) in try cursor.entries() {
                guard let scope = TokenScope(rawValue: key) else {
                    let known = TokenScope.allCases.map(\.rawValue)
                    throw value.error(
                        "github.permissions.unknown-scope", "unknown permission scope `\(key)`",
                        suggestion: Suggestions.closest(to: key, among: known).map { "did you mean `\($0)`?" })
                }
                let text = try value.scalarText()
                guard let level = AccessLevel(rawValue: text), scope.acceptedLevels.contains(level) else {
                    let accepted = scope.acceptedLevels.map { "`\($0.rawValue)`" }.joined(separator: ", ")
                    throw value.error("github.permissions.level", "permission `\(key)` cannot be `\(text)`; expected one of \(accepted)")
                }
                levels[scope] = level
                locations[scope] = value.location
            }
            return PermissionsBlock(form: .scopes(levels), location: cursor.location, scopeLocations: locations)
        }
        let text = try cursor.scalarText()
        switch text {
        case "read-all": return PermissionsBlock(form: .readAll, location: cursor.location)
        case "write-all": return PermissionsBlock(form: .writeAll, location: cursor.location)
        default:
            throw cursor.error(
                "github.permissions.value", "permissions cannot be `\(text)`; expected `read-all`, `write-all` or a mapping of scopes",
                suggestion: Suggestions.closest(to: text, among: ["read-all", "write-all"]).map { "did you mean `\($0)`?" })
        }
    }
}
