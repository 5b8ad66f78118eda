import AccessGraph

/// Decides whether one CAM statement applies to a request.
struct StatementMatcher: Sendable {
    let action: String
    let resource: String
    let context: RequestContext
    let wildcardOnly: Bool
    let evaluator: CAMConditionEvaluator

    init(request: Request) {
        action = request.action
        resource = request.resource
        context = request.context
        wildcardOnly = WildcardOnlyActions.contains(request.action)
        evaluator = CAMConditionEvaluator(action: request.action)
    }

    /// nil when the statement does not apply; otherwise the conditions left undecided (empty when
    /// it applies outright).
    func undecidedConditions(of statement: CAMStatement) -> [CAMConditionClause]? {
        guard statement.actions.contains(where: { $0.matches(action) }) else { return nil }
        if wildcardOnly {
            guard statement.resources.contains(where: \.matchesEverything) else { return nil }
        } else {
            guard statement.resources.contains(where: { $0.matches(resource) }) else { return nil }
        }
        var undecided: [CAMConditionClause] = []
        for clause in statement.conditions {
            switch evaluator.evaluate(clause, context: context) {
            case .violated: return nil
            case .undecided: undecided.append(clause)
            case .satisfied: continue
            }
        }
        return undecided
    }
}
