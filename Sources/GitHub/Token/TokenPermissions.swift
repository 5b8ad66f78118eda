/// The level of every scope of one `GITHUB_TOKEN`.
///
/// Scopes not stored are `none`; `metadata: read` is implicit and always held.
public struct TokenPermissions: Sendable, Hashable, CustomStringConvertible {
    /// The scopes above `none`.
    public private(set) var levels: [TokenScope: AccessLevel]

    /// Permissions with these levels; `none` entries are dropped.
    public init(_ levels: [TokenScope: AccessLevel] = [:]) {
        self.levels = levels.filter { $0.value != .none }
    }

    /// The level of a scope.
    public func level(of scope: TokenScope) -> AccessLevel {
        levels[scope] ?? .none
    }

    /// Sets a scope's level.
    public mutating func set(_ scope: TokenScope, to level: AccessLevel) {
        levels[scope] = level == .none ? nil : level
    }

    /// Whether the token holds at least `level` on `scope`.
    public func grants(_ scope: TokenScope, _ level: AccessLevel) -> Bool {
        self.level(of: scope) >= level
    }

    /// Nothing but the implicit `metadata: read` (`permissions: {}`).
    public static let empty = TokenPermissions()

    /// `read-all`: read on every scope that has a read level.
    public static let readAll = TokenPermissions(Dictionary(uniqueKeysWithValues: TokenScope.allCases.map { ($0, $0.clamp(.read)) }))

    /// `write-all`: the highest level of every scope (`id-token: write`, `models: read`).
    public static let writeAll = TokenPermissions(Dictionary(uniqueKeysWithValues: TokenScope.allCases.map { ($0, $0.highestLevel) }))

    /// The permissive default ("read and write permissions"): read/write on every scope except
    /// `id-token` (never granted by default) and `models` (read).
    public static let permissiveDefault: TokenPermissions = {
        var permissions = writeAll
        permissions.set(.idToken, to: .none)
        return permissions
    }()

    /// The restricted default ("read repository contents and packages permissions").
    public static let restrictedDefault = TokenPermissions([.contents: .read, .packages: .read])

    /// The most a token of a pull request from a fork can hold: read on every readable scope,
    /// never `id-token`.
    public static let forkPullRequestMaximum = readAll

    /// Scope by scope, the lower of the two levels (a cap).
    public func capped(by cap: TokenPermissions) -> TokenPermissions {
        var result = TokenPermissions()
        for (scope, level) in levels {
            result.set(scope, to: min(level, cap.level(of: scope)))
        }
        return result
    }

    /// Scope by scope, the higher of the two levels (what two needs together require).
    public func union(_ other: TokenPermissions) -> TokenPermissions {
        var result = self
        for (scope, level) in other.levels where level > result.level(of: scope) {
            result.set(scope, to: level)
        }
        return result
    }

    /// The scopes where this token holds more than `needed`, with both levels.
    public func excess(over needed: TokenPermissions) -> [(scope: TokenScope, granted: AccessLevel, needed: AccessLevel)] {
        TokenScope.allCases.compactMap { scope in
            let granted = level(of: scope), need = needed.level(of: scope)
            return granted > need ? (scope, granted, need) : nil
        }
    }

    /// The scopes held at `write`, sorted.
    public var writeScopes: [TokenScope] {
        levels.filter { $0.value == .write }.keys.sorted()
    }

    /// Whether any scope is held at `write`.
    public var hasWrite: Bool { levels.values.contains(.write) }

    /// `contents: write, packages: read` (sorted), or `none` for an empty token.
    public var description: String {
        guard !levels.isEmpty else { return "none" }
        return levels.sorted { $0.key < $1.key }.map { "\($0.key.rawValue): \($0.value.rawValue)" }.joined(separator: ", ")
    }

    /// The token as a one-line flow mapping to paste into a workflow:
    /// `permissions: { contents: read, id-token: write }` (`permissions: {}` when nothing is needed).
    public var flowBlock: String {
        guard !levels.isEmpty else { return "permissions: {}" }
        return "permissions: { " + levels.sorted { $0.key < $1.key }.map { "\($0.key.rawValue): \($0.value.rawValue)" }.joined(separator: ", ") + " }"
    }

    /// The token as a `permissions:` block to paste into a workflow, indented by `indent` spaces
    /// (`permissions: {}` when nothing is needed).
    public func yamlBlock(indent: Int = 0) -> String {
        let pad = String(repeating: " ", count: indent)
        guard !levels.isEmpty else { return "\(pad)permissions: {}" }
        let lines = levels.sorted { $0.key < $1.key }.map { "\(pad)  \($0.key.rawValue): \($0.value.rawValue)" }
        return (["\(pad)permissions:"] + lines).joined(separator: "\n")
    }
}
