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

    /// The request key that says which `uid/APPID` is the policy owner's: a statement whose empty
    /// account segment meets a `uid/…` resource holds only if this key equals that account.
    static let ownerAPPIDKey = "leastpriv:owner_appid"

    /// nil when the statement does not apply; otherwise the conditions left undecided (empty when
    /// it applies outright).
    func undecidedConditions(of statement: CAMStatement) -> [CAMConditionClause]? {
        var ownerClause: CAMConditionClause?
        if wildcardOnly {
            guard statement.resources.contains(where: \.matchesEverything) else { return nil }
        } else {
            var matched = false
            for pattern in statement.resources {
                switch pattern.match(name: resourceName, owner: owner) {
                case .no: continue
                case .yes: matched = true
                case .ifOwnerAPPID(let account):
                    if ownerClause == nil {
                        ownerClause = CAMConditionClause(
                            written: "string_equal", base: .stringEqual, ifExist: false, quantifier: .single,
                            key: Self.ownerAPPIDKey, values: [account], location: statement.location)
                    }
                }
                if matched { break }
            }
            if matched { ownerClause = nil }
            guard matched || ownerClause != nil else { return nil }
        }
        var undecided: [CAMConditionClause] = []
        for clause in statement.conditions + (ownerClause.map { [$0] } ?? []) {
            switch evaluator.evaluate(clause, context: context) {
            case .violated: return nil
            case .undecided: undecided.append(clause)
            case .satisfied: continue
            }
        }
        return undecided
    }
}
