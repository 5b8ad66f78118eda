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
/// Several matches at the deciding rule make the query ambiguous.
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
            let matches = principals.filter(rule).map(\.id).sorted()
            if matches.count == 1 { return .found(matches[0]) }
            if matches.count > 1 { return .ambiguous(matches) }
        }
        let names = principals.flatMap { [$0.id.rawValue, $0.displayName] + $0.aliases }
        let near = Suggestions.closest(to: text, among: names)
        let suggestion = near.flatMap { name in
            principals.first { $0.id.rawValue == name || $0.displayName == name || $0.aliases.contains(name) }?.id
        }
        return .notFound(suggestion: suggestion)
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
}
