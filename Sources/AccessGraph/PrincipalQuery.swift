import Documents

/// The result of resolving a principal name a user typed.
public enum PrincipalLookup: Sendable, Hashable {
    /// Exactly one principal matches.
    case found(PrincipalID)
    /// Several match; the candidates are sorted.
    case ambiguous([PrincipalID])
    /// None matches; a near name if there is one.
    case notFound(suggestion: PrincipalID?)
}

/// Resolves a principal from its canonical id or any unambiguous short form.
///
/// In order, the first rule that matches anything decides:
/// 1. the canonical id, exactly;
/// 2. an alias the importer gave (`system:serviceaccount:ci:builder`, `role/deploy`), exactly;
/// 3. a suffix of the canonical id that starts after a `:` or `/` (`deploy`, `role/deploy`,
///    `octocat`), or the display name, exactly.
/// Several matches at the deciding rule make the query ambiguous. When nothing matches, the
/// suggestion is the principal owning the name nearest to the query among every name the rules
/// accept (so `user/alcie` suggests `…:user/alice`); when several principals share that name, the
/// one with the smallest id, so the answer does not depend on the order of the input.
public struct PrincipalQuery: Sendable, Hashable {
    /// What the user typed.
    public let text: String

    /// Makes a query.
    public init(_ text: String) {
        self.text = text
    }

    /// Resolves the query against principals.
    public func resolve(in principals: some Collection<Principal>) -> PrincipalLookup {
        if let exact = principals.first(where: { $0.id.rawValue == text }) {
            return .found(exact.id)
        }
        for rule in [matchesAlias, matchesShortForm] {
            let matches = Set(principals.filter(rule).map(\.id)).sorted()
            if matches.count == 1 { return .found(matches[0]) }
            if matches.count > 1 { return .ambiguous(matches) }
        }
        return .notFound(suggestion: suggestion(among: principals))
    }

    private func matchesAlias(_ principal: Principal) -> Bool {
        principal.aliases.contains(text)
    }

    private func matchesShortForm(_ principal: Principal) -> Bool {
        if principal.displayName == text { return true }
        let id = principal.id.rawValue
        guard !text.isEmpty, id.hasSuffix(text), id.count > text.count else { return false }
        let before = id[id.index(id.endIndex, offsetBy: -text.count - 1)]
        return before == ":" || before == "/"
    }

    /// The principal owning the accepted name nearest to the query, if one is near enough.
    private func suggestion(among principals: some Collection<Principal>) -> PrincipalID? {
        var owners: [String: PrincipalID] = [:]
        for principal in principals {
            for name in Self.acceptedNames(of: principal) where owners[name].map({ principal.id < $0 }) ?? true {
                owners[name] = principal.id
            }
        }
        return Suggestions.closest(to: text, among: owners.keys).flatMap { owners[$0] }
    }

    /// Every name the rules resolve to `principal`: its id, aliases, display name, and each suffix
    /// of its id after a `:` or `/`.
    static func acceptedNames(of principal: Principal) -> [String] {
        let id = principal.id.rawValue
        var names = [id, principal.displayName] + principal.aliases
        for index in id.indices where id[index] == ":" || id[index] == "/" {
            let suffix = id[id.index(after: index)...]
            if !suffix.isEmpty { names.append(String(suffix)) }
        }
        return names
    }
}

/// Why a principal name did not resolve to exactly one principal, as the CLI reports it.
public enum PrincipalLookupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Several principals answer to the name; the candidates are sorted.
    case ambiguous(query: String, candidates: [PrincipalID])
    /// No principal answers to the name; a near one if there is one.
    case notFound(query: String, suggestion: PrincipalID?)

    /// What the user typed.
    public var query: String {
        switch self {
        case .ambiguous(let query, _), .notFound(let query, _): query
        }
    }

    /// One line in the house style: `principal \`deploy\` is ambiguous: \`…\`, \`…\``, or
    /// `unknown principal \`alcie\`; did you mean \`…:user/alice\`?`.
    public var description: String {
        switch self {
        case .ambiguous(let query, let candidates):
            "principal `\(query)` is ambiguous: " + candidates.map { "`\($0)`" }.joined(separator: ", ")
        case .notFound(let query, let suggestion?):
            "unknown principal `\(query)`; did you mean `\(suggestion)`?"
        case .notFound(let query, nil):
            "unknown principal `\(query)`"
        }
    }
}
