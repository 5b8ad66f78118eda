import AccessGraph
import Documents

/// Builds `escalates(technique)` edges: for each user and role, each technique whose actions the
/// authorizer allows (over the union of the principal's policies, through boundaries, SCPs and
/// denies — never one policy at a time), an edge to what it reaches, with the conditions the
/// decisions leave open.
struct EscalationEdgeBuilder {
    let model: AWSModel
    let authorizer: AWSAuthorizer

    func edges() -> [Edge] {
        let callers = model.identities.values.filter { $0.kind == .user || $0.kind == .role }.sorted { $0.id < $1.id }
        let users = callers.filter { $0.kind == .user }
        let groups = Set(model.identities.values.flatMap(\.groups)).sorted()
        let roles = callers.filter { $0.kind == .role }
        var trustedBy: [String: [IAMIdentity]] = [:]
        for role in roles {
            for statement in role.trustPolicy?.document.statements ?? [] where statement.effect == .allow {
                for pattern in statement.principals?.patterns ?? [] where pattern.kind == .service {
                    if trustedBy[pattern.value]?.contains(where: { $0.id == role.id }) != true { trustedBy[pattern.value, default: []].append(role) }
                }
            }
        }
        var edges: [Edge] = []
        for caller in callers {
            for technique in EscalationTechniques.all {
                guard let targetAction = technique.targetAction, mayAllow(caller, targetAction),
                      technique.otherActions.allSatisfy({ mayAllow(caller, $0) }) else { continue }
                var context: [String: [String]] = [:]
                let targets: [(id: PrincipalID, resource: String)]
                switch technique.target {
                case .otherUser:
                    targets = users.filter { $0.id != caller.id }.map { ($0.id, $0.id.rawValue) }
                case .group:
                    targets = groups.filter { !caller.groups.contains($0) }.map { ($0, $0.rawValue) }
                case .roleTrust:
                    targets = roles.filter { $0.id != caller.id }.map { ($0.id, $0.id.rawValue) }
                case .itself:
                    if targetAction.hasSuffix("PolicyVersion") {
                        let attached = Set(caller.identityPolicies.map(\.id).filter { $0.hasPrefix("arn:") && !$0.contains(":iam::aws:") }).sorted()
                        targets = attached.map { (caller.id, $0) }
                    } else if targetAction.contains("User") == (caller.kind == .user) {
                        targets = [(caller.id, caller.id.rawValue)]
                    } else {
                        targets = []
                    }
                case .passedRole(let service):
                    context["iam:PassedToService"] = [service]
                    targets = (trustedBy[service] ?? []).filter { $0.id != caller.id }.map { ($0.id, $0.id.rawValue) }
                }
                guard !targets.isEmpty else { continue }
                // The other actions are decided once per caller and technique.
                var extraConditions: [Condition] = []
                var possible = true
                for action in technique.otherActions {
                    guard let decision = bestDecision(caller, action) else { possible = false; break }
                    extraConditions += decision.conditions.filter { !extraConditions.contains($0) }
                }
                guard possible else { continue }
                var reached: Set<PrincipalID> = []
                for target in targets where !reached.contains(target.id) {
                    let decision = authorizer.decide(Request(
                        principal: caller.id, action: targetAction, resource: target.resource,
                        context: RequestContext(values: context)))
                    guard decision.mayBeAllowed else { continue }
                    reached.insert(target.id)
                    let conditions = decision.conditions + extraConditions.filter { !decision.conditions.contains($0) }
                    let actions = ([targetAction] + technique.otherActions).map { "`\($0)`" }.joined(separator: ", ")
                    let targetName = model.identities[target.id]?.name ?? target.id.rawValue
                    let reason = target.id == caller.id
                        ? "`\(caller.name)` may call \(actions) on `\(target.resource)` and so grant itself any permission"
                        : "`\(caller.name)` may call \(actions) to act as `\(targetName)`"
                    let source = decision.reasons.first { $0.location != nil }?.location ?? caller.trustPolicy?.document.location ?? FileLocation(file: "")
                    if let edge = Edge(from: caller.id, to: target.id, kind: .escalates(technique: technique.id), reason: reason, source: source, conditions: conditions) {
                        edges.append(edge)
                    }
                }
            }
        }
        return edges
    }

    /// Whether any identity `Allow` statement of the principal names an action matching this one
    /// (a cheap, exact prefilter: without one, the authorizer cannot allow it).
    private func mayAllow(_ identity: IAMIdentity, _ action: String) -> Bool {
        identity.identityPolicies.contains { policy in
            policy.document.statements.contains { statement in
                statement.effect == .allow && statement.actions.patterns.contains(where: { $0.matches(action) }) != statement.actions.isNegated
            }
        }
    }

    /// The most permissive decision for an action on any resource the principal's policies name
    /// for it (each pattern made concrete), or nil when none may be allowed.
    private func bestDecision(_ identity: IAMIdentity, _ action: String) -> Decision? {
        var resources: [String] = []
        for policy in identity.identityPolicies {
            for statement in policy.document.statements where statement.effect == .allow {
                guard statement.actions.patterns.contains(where: { $0.matches(action) }) != statement.actions.isNegated else { continue }
                for pattern in statement.resources?.patterns ?? [] where !(statement.resources?.isNegated ?? false) {
                    let concrete = String(pattern.written.map { $0 == "*" || $0 == "?" ? "x" : $0 })
                    if !resources.contains(concrete) { resources.append(concrete) }
                }
                if statement.resources?.isNegated == true, !resources.contains("x") { resources.append("x") }
            }
        }
        var best: Decision?
        for resource in resources {
            let decision = authorizer.decide(Request(principal: identity.id, action: action, resource: resource))
            if decision.isAllowed { return decision }
            if decision.mayBeAllowed, best == nil || decision.conditions.count < best!.conditions.count { best = decision }
        }
        return best
    }
}
