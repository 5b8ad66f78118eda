import AccessGraph

/// Whether a statement applies to a request.
public enum StatementOutcome: Sendable, Hashable {
    /// It does not apply (action, resource, principal or a condition rules it out).
    case notApplicable
    /// It applies whatever the unknown context is.
    case applies
    /// It applies if all these conditions hold; the context does not decide them.
    case appliesIf([Condition])
}

/// Decides whether one statement applies: action (case-insensitive), resource (per ARN segment,
/// case-sensitive, with variables), principal (by the caller's rule) and every condition clause.
public enum StatementEvaluator {
    /// The outcome for a statement of a document. `principalMatches` answers for the statement's
    /// `Principal` entries (nil element: an identity policy, which has none).
    public static func evaluate(
        _ statement: PolicyStatement, version: PolicyLanguageVersion, facts: RequestFacts,
        principalMatches: (PrincipalPattern) -> Bool
    ) -> StatementOutcome {
        let actionMatched = statement.actions.patterns.contains { $0.matches(facts.action) }
        guard actionMatched != statement.actions.isNegated else { return .notApplicable }
        if let principals = statement.principals {
            let matched = principals.patterns.contains(where: principalMatches)
            guard matched != principals.isNegated else { return .notApplicable }
        }
        var undecided: [Condition] = []
        if let resources = statement.resources {
            var matched = false
            var unknown: [Condition] = []
            for pattern in resources.patterns {
                switch resourceTruth(pattern, facts: facts) {
                case .yes: matched = true
                case .no: break
                case .unknown:
                    unknown.append(Condition(operation: resources.isNegated ? "NotResource" : "Resource", key: "", values: [pattern.written], location: pattern.location))
                }
                if matched { break }
            }
            if resources.isNegated {
                if matched { return .notApplicable }
                undecided += unknown
            } else if !matched {
                guard !unknown.isEmpty else { return .notApplicable }
                undecided += unknown.count == 1 ? unknown : [Condition(operation: "any of", key: "", values: unknown.map(\.description), location: resources.location)]
            }
        }
        for clause in statement.conditions {
            switch ConditionEvaluator.evaluate(clause, facts: facts, version: version) {
            case .yes: continue
            case .no: return .notApplicable
            case .unknown: undecided.append(clause.condition)
            }
        }
        return undecided.isEmpty ? .applies : .appliesIf(undecided)
    }

    /// Whether a resource pattern matches the request's resource, substituting variables.
    static func resourceTruth(_ pattern: ResourcePattern, facts: RequestFacts) -> Truth {
        if let compiled = pattern.compiled { return Truth(compiled.matches(facts.resource)) }
        switch PolicyVariables.substitute(pattern.written, facts: facts) {
        case .text(let text): return Truth(ARNPattern(text).matches(facts.resource))
        case .unknown: return .unknown
        case .absent: return .no
        }
    }
}
