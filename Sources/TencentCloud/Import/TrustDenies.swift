import AccessGraph

/// The `deny` statements of a trust policy, applied to each edge the allow statements make: an
/// unconditional deny naming the caller (or its account, or `*`) removes the edge; a conditional
/// one leaves it under the negation of its conditions.
struct TrustDenies {
    let statements: [CAMStatement]

    /// The edge's conditions with the denies applied, or nil when a deny always applies.
    func conditions(kind: String, names: [String], base: [Condition]) -> [Condition]? {
        var result = base
        for statement in statements where TrustLinker.assumeActions.contains(where: { action in statement.actions.contains { $0.matches(action) } }) {
            let denied = statement.principals[kind] ?? []
            let covers = names.contains { name in
                denied.contains { entry in
                    entry == "*" || entry == name || Self.accountRoots(of: name).contains(entry)
                }
            }
            guard covers else { continue }
            if statement.conditions.isEmpty { return nil }
            result += statement.conditions.map {
                Condition(operation: "not \($0.written)", key: $0.key, values: $0.values, location: $0.location)
            }
        }
        return result
    }

    /// The names that stand for a principal's whole account.
    static func accountRoots(of name: String) -> [String] {
        guard let owner = TrustLinker.owner(of: name) else { return [] }
        return ["qcs::cam::uin/\(owner):root", "qcs::cam::uin/\(owner):uin/\(owner)"]
    }
}
