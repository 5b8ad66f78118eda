import AccessGraph

/// Decides whether a statement whose action already matched applies to a resource and context.
struct StatementMatcher: Sendable {
    let resource: String
    let resourceName: QCSResourceName?
    /// The principal's account (`uin/OWNER`), which an empty account segment stands for.
    let owner: String?
    let context: RequestContext
    let wildcardOnly: Bool
    let evaluator: CAMConditionEvaluator

    init(action: String, resource: String, resourceName: QCSResourceName?, owner: String?, context: RequestContext) {
        self.owner = owner
        self.resource = resource
        self.resourceName = resourceName
        self.context = context
        wildcardOnly = WildcardOnlyActions.contains(action)
        evaluator = CAMConditionEvaluator(action: action)
    }

    /// nil when the statement does not apply; otherwise the conditions left undecided (empty when
    /// it applies outright).
    func undecidedConditions(of statement: CAMStatement) -> [CAMConditionClause]? {
        if wildcardOnly {
            guard statement.resources.contains(where: \.matchesEverything) else { return nil }
        } else {
            guard statement.resources.contains(where: { $0.matches(name: resourceName, owner: owner) }) else { return nil }
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
