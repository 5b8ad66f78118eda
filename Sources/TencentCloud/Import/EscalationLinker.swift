import AccessGraph
import Documents

/// Turns the CAM escalation techniques that yield any permission (attach any policy to oneself,
/// rewrite or re-version a policy one holds) into `escalates(technique)` edges from each user and
/// role whose policies allow every API of the technique on `*` to the account's root.
///
/// Only techniques with `yieldsAnyPermission` and only grants on `*` are linked; the rest stay
/// data (``CAMEscalationTechniques``). A principal is asked only about techniques whose APIs its
/// policies mention at all, each policy examined once.
struct EscalationLinker {
    let model: TencentCloudModel
    let authorizer: CAMAuthorizer

    func link() -> [Edge] {
        let techniques = CAMEscalationTechniques.all.filter(\.yieldsAnyPermission)
        var mentions: [String: Set<Int>] = [:]
        func techniquesMentioned(by policyID: String) -> Set<Int> {
            if let known = mentions[policyID] { return known }
            var found: Set<Int> = []
            if let policy = model.policies[policyID] {
                for (index, technique) in techniques.enumerated() {
                    let first = CAMActionPattern.removingPrefix(technique.actions[0])
                    if policy.document.statements.contains(where: { statement in
                        statement.effect == .allow && statement.actions.contains { $0.matches(bare: first) }
                    }) {
                        found.insert(index)
                    }
                }
            }
            mentions[policyID] = found
            return found
        }
        var edges: [Edge] = []
        for principal in (Array(model.users.keys) + Array(model.roles.keys)).sorted() {
            guard let owner = TrustLinker.owner(of: principal.rawValue) else { continue }
            let groups = model.groupsOfUser[principal] ?? []
            let attached = (model.attachments[principal] ?? []) + groups.flatMap { model.attachments[$0] ?? [] }
            var candidates: Set<Int> = []
            for attachment in attached { candidates.formUnion(techniquesMentioned(by: attachment.policyID)) }
            for index in candidates.sorted() {
                let technique = techniques[index]
                var conditions: [Condition] = []
                var grant: DecisionReason?
                var allowed = true
                for action in technique.actions {
                    let decision = authorizer.decide(Request(principal: principal, action: action, resource: "*"), sessionPolicies: [])
                    guard decision.mayBeAllowed else {
                        allowed = false
                        break
                    }
                    conditions += decision.conditions
                    if grant == nil { grant = decision.reasons.first }
                }
                guard allowed, let grant else { continue }
                let edge = Edge(
                    from: principal, to: CAMNames.account(owner), kind: .escalates(technique: technique.id),
                    reason: "may \(technique.actions.map { "`\($0)`" }.joined(separator: " and ")) on `*` (\(technique.summary)), gaining \(technique.yields): \(grant.detail)",
                    source: grant.location ?? model.users[principal]?.location ?? model.roles[principal]?.location ?? FileLocation(file: "-"),
                    conditions: conditions)
                if let edge { edges.append(edge) }
            }
        }
        return edges
    }
}
