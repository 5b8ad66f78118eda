import Documents

/// The repository's or organisation's default `GITHUB_TOKEN` permissions
/// (`default_workflow_permissions`), with where it comes from.
public struct DefaultTokenSetting: Sendable, Hashable {
    /// The settings GitHub offers.
    public enum Kind: String, Sendable, Hashable {
        /// "Read and write permissions" (`write`).
        case permissive = "write"
        /// "Read repository contents and packages permissions" (`read`).
        case restricted = "read"
    }

    /// The setting.
    public var kind: Kind
    /// Whether it was assumed because no export says (the legacy permissive default).
    public var isAssumed: Bool
    /// Where the export says so, if it does.
    public var location: FileLocation?

    /// Makes a setting.
    public init(kind: Kind, isAssumed: Bool, location: FileLocation? = nil) {
        self.kind = kind
        self.isAssumed = isAssumed
        self.location = location
    }

    /// The token the setting gives a job without `permissions:`.
    public var permissions: TokenPermissions {
        kind == .permissive ? .permissiveDefault : .restrictedDefault
    }

    /// What leastpriv assumes without an export: the permissive default that repositories
    /// created before February 2023 (and organisations that never changed it) still have.
    public static let assumedPermissive = DefaultTokenSetting(kind: .permissive, isAssumed: true)

    /// One line on where the default comes from.
    public var explanation: String {
        if isAssumed {
            return "no export gives the default token permissions, so the permissive legacy default (read/write) is assumed"
        }
        return "default_workflow_permissions is `\(kind.rawValue)`"
    }
}
