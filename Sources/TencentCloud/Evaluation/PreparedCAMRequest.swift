import AccessGraph

/// One principal's statements that mention one action, by evaluation layer: what remains is to
/// match resources and decide conditions (``decide(resource:context:)``).
public struct PreparedCAMRequest: Sendable {
    /// The statements of one layer (identity policies, boundary, session policies) whose actions
    /// match, with their policy and the group that brings them.
    struct Layer: Sendable {
        var name: String
        var statements: [(statement: CAMStatement, policy: CAMPolicy, via: PrincipalID?)] = []

        /// Adds the policy's statements whose actions match `bareAction` (no `name/` prefix).
        mutating func add(_ policy: CAMPolicy, via: PrincipalID?, bareAction: String) {
            for statement in policy.document.statements where statement.actions.contains(where: { $0.matches(bare: bareAction) }) {
                statements.append((statement, policy, via))
            }
        }
    }

    let principal: PrincipalID
    let action: String
    let layers: [Layer]
    let notes: [DecisionReason]
    /// A permission boundary whose document is not in the inputs.
    let unreadableBoundary: PolicyAttachment?
    /// The resources the identity policies' allow statements name (for ``mayAllow(resourceName:)``).
    let allowedResources: [QCSResourcePattern]
    /// The principal's account (`uin/OWNER`), if its id names one.
    let owner: String?
    /// Whether one of them is `*`.
    let allowsAnyResource: Bool

    init(principal: PrincipalID, action: String, layers: [Layer], notes: [DecisionReason], unreadableBoundary: PolicyAttachment?) {
        self.principal = principal
        self.action = action
        self.layers = layers
        self.notes = notes
        self.unreadableBoundary = unreadableBoundary
        self.owner = TrustLinker.owner(of: principal.rawValue).map { "uin/\($0)" }
        let allowed = layers.first?.statements.filter { $0.statement.effect == .allow }.flatMap(\.statement.resources) ?? []
        self.allowsAnyResource = allowed.contains(where: \.matchesEverything)
        self.allowedResources = WildcardOnlyActions.contains(action) ? [] : allowed
    }

    /// Whether no statement of the identity policies mentions the action (the answer is then an
    /// implicit deny for every resource).
    public var grantsNothing: Bool {
        !(layers.first?.statements.contains { $0.statement.effect == .allow } ?? false)
    }

    /// Whether some identity-policy allow statement names the resource (before conditions, the
    /// boundary and denies): when none does, the answer is an implicit deny and need not be built.
    public func mayAllow(resourceName name: QCSResourceName?) -> Bool {
        if allowsAnyResource { return true }
        for pattern in allowedResources where pattern.matches(name: name, owner: owner) { return true }
        return false
    }

    /// The decision for one resource and context (see ``CAMAuthorizer`` for the rules).
    public func decide(resource: String, context: RequestContext) -> Decision {
        decide(resource: resource, name: QCSResourceName(resource), context: context)
    }

    /// The decision for a resource whose name the caller has already split (asking about many
    /// principals for one resource).
    public func decide(resource: String, name: QCSResourceName?, context: RequestContext) -> Decision {
        let matcher = StatementMatcher(action: action, resource: resource, resourceName: name, owner: owner, context: context)
        var reasons = notes
        var conditions: [Condition] = []
        var undecidedDenies: [Condition] = []
        var denyReasons: [DecisionReason] = []
        for layer in layers {
            var outright: DecisionReason?
            var conditional: [(DecisionReason, [Condition])] = []
            for (statement, policy, via) in layer.statements {
                guard let undecided = matcher.undecidedConditions(of: statement) else { continue }
                let reason = DecisionReason(detail: CAMAuthorizer.detail(statement, policy: policy, via: via, undecided: undecided), location: statement.location)
                switch statement.effect {
                case .deny:
                    if undecided.isEmpty { return Decision(.explicitDeny, reasons: [reason]) }
                    undecidedDenies += undecided.map { clause in
                        Condition(operation: "not \(clause.written)", key: clause.key, values: clause.values, location: clause.location)
                    }
                    denyReasons.append(reason)
                case .allow:
                    if undecided.isEmpty {
                        if outright == nil { outright = reason }
                    } else {
                        conditional.append((reason, undecided.map(\.condition)))
                    }
                }
            }
            if let outright {
                reasons.append(outright)
            } else if !conditional.isEmpty {
                for (reason, clauses) in conditional {
                    reasons.append(reason)
                    conditions += clauses
                }
            } else {
                // Keep scanning for an outright deny in the remaining layers: deny wins.
                let detail = layer.name == "identity policies"
                    ? "no statement allows `\(action)` on `\(resource)` (default deny)"
                    : "the \(layer.name) does not allow `\(action)` on `\(resource)`"
                if let deny = firstOutrightDeny(after: layer.name, matcher: matcher) { return deny }
                return Decision(.implicitDeny, reasons: reasons + [DecisionReason(detail: detail)])
            }
        }
        conditions += undecidedDenies
        reasons += denyReasons
        if let boundary = unreadableBoundary {
            conditions.append(Condition(operation: "permission boundary allows", key: "", values: [boundary.policyID], location: boundary.location))
            reasons.append(DecisionReason(detail: "permission boundary `\(boundary.policyID)` is not in the inputs: the allow holds only if it allows the request too", location: boundary.location))
        }
        if conditions.isEmpty { return Decision(.allow, reasons: reasons) }
        return Decision(.conditionalAllow(conditions.sorted()), reasons: reasons)
    }

    /// An unconditional deny in a layer after the named one.
    private func firstOutrightDeny(after name: String, matcher: StatementMatcher) -> Decision? {
        guard let index = layers.firstIndex(where: { $0.name == name }) else { return nil }
        for layer in layers[(index + 1)...] {
            for (statement, policy, via) in layer.statements where statement.effect == .deny {
                if let undecided = matcher.undecidedConditions(of: statement), undecided.isEmpty {
                    return Decision(.explicitDeny, reasons: [DecisionReason(detail: CAMAuthorizer.detail(statement, policy: policy, via: via, undecided: []), location: statement.location)])
                }
            }
        }
        return nil
    }
}
