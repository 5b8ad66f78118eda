import AccessGraph
import Documents

/// Builds `assumes` and `federates` edges: for each role, the principals its trust policy names,
/// each checked by the authorizer (trust policy × the caller's own permissions, by the
/// same-account and cross-account rules), with the conditions the decision leaves open kept on
/// the edge (MFA, OIDC subject and audience).
struct AssumeEdgeBuilder {
    let model: AWSModel
    let authorizer: AWSAuthorizer

    /// The edges, and principals created for callers outside the inputs (other accounts,
    /// principals named by ARN but not exported).
    func edges(principals: [PrincipalID: Principal]) -> (edges: [Edge], placeholders: [Principal]) {
        var edges: [Edge] = []
        var placeholders: [PrincipalID: Principal] = [:]
        var seen: Set<EdgeEnds> = []
        // Naming an account delegates to its identity policies: only principals with an Allow
        // that can match `sts:AssumeRole` are candidates (an exact prefilter, computed once per
        // principal, not once per trusting role).
        let names = model.identities.mapValues(\.name)
        var assumeResources: [PrincipalID: [PatternList<ResourcePattern>?]] = [:]
        for identity in model.identities.values where identity.kind == .user || identity.kind == .role {
            let lists = assumeRoleResources(identity)
            if !lists.isEmpty { assumeResources[identity.id] = lists }
        }
        let byAccount = Dictionary(grouping: model.identities.values.filter { assumeResources[$0.id] != nil }, by: \.account)

        for role in model.identities.values.sorted(by: { $0.id < $1.id }) {
            guard let trust = role.trustPolicy else { continue }
            for statement in trust.document.statements where statement.effect == .allow {
                for pattern in statement.principals?.patterns ?? [] {
                    var callers: [PrincipalID] = []
                    var action = "sts:AssumeRole"
                    switch pattern.kind {
                    case .aws:
                        if pattern.isEveryone { continue }
                        if let account = pattern.wholeAccount {
                            if let members = byAccount[account] {
                                callers = members.filter { member in
                                    member.id != role.id && (assumeResources[member.id] ?? []).contains { Self.mayMatch($0, role.id.rawValue) }
                                }.map(\.id).sorted()
                            } else {
                                let id = PrincipalID("arn:aws:iam::\(account):root")
                                if principals[id] == nil {
                                    placeholders[id] = Principal(id: id, provider: .aws, kind: .account, displayName: account, aliases: [account], provenance: pattern.location)
                                }
                                append(&edges, &seen, Edge(
                                    from: id, to: role.id, kind: .assumes,
                                    reason: "trust policy of `\(role.name)` allows account \(account) (outside the inputs: its own policies decide who)",
                                    source: statement.location, conditions: statement.conditions.map(\.condition)))
                                continue
                            }
                        } else if model.identities[PrincipalID(pattern.value)] != nil {
                            callers = [PrincipalID(pattern.value)]
                        } else if let match = model.identities.values.first(where: { $0.uniqueID == pattern.value }) {
                            callers = [match.id]
                        } else {
                            let id = PrincipalID(pattern.value)
                            if principals[id] == nil, let parts = ARNPattern.split(pattern.value) {
                                let name = String(parts[5].split(separator: "/").last ?? "")
                                let kind: PrincipalKind = parts[5].hasPrefix("user/") ? .user : .role
                                placeholders[id] = Principal(id: id, provider: .aws, kind: kind, displayName: name, aliases: [], provenance: pattern.location)
                            }
                            guard principals[id] != nil || placeholders[id] != nil else { continue }
                            append(&edges, &seen, Edge(
                                from: id, to: role.id, kind: .assumes,
                                reason: "trust policy of `\(role.name)` names `\(pattern.value)` (not in the inputs: its own policies decide)",
                                source: statement.location, conditions: statement.conditions.map(\.condition)))
                            continue
                        }
                    case .service:
                        callers = [PrincipalID("service:\(pattern.value)")]
                    case .federated:
                        callers = [PrincipalID(pattern.value)]
                        action = pattern.value.contains(":saml-provider/") ? "sts:AssumeRoleWithSAML" : "sts:AssumeRoleWithWebIdentity"
                    case .everyone, .canonicalUser:
                        continue
                    }
                    for caller in callers {
                        let decision = authorizer.decide(Request(principal: caller, action: action, resource: role.id.rawValue))
                        guard decision.mayBeAllowed else { continue }
                        let kind: EdgeKind = pattern.kind == .federated ? .federates : .assumes
                        let callerName = names[caller] ?? caller.rawValue
                        var reason = "trust policy of `\(role.name)` allows `\(callerName)` to call `\(action)`"
                        if pattern.wholeAccount != nil { reason += " and its own policies allow it" }
                        append(&edges, &seen, Edge(
                            from: caller, to: role.id, kind: kind, reason: reason, source: statement.location,
                            conditions: decision.conditions))
                    }
                }
            }
        }
        return (edges, placeholders.keys.sorted().compactMap { placeholders[$0] })
    }

    /// The resources of the principal's identity `Allow` statements whose actions match
    /// `sts:AssumeRole` (nil: a statement without `Resource`). Without any, no trust naming its
    /// account lets it assume anything; computed once per principal.
    private func assumeRoleResources(_ identity: IAMIdentity) -> [PatternList<ResourcePattern>?] {
        identity.identityPolicies.flatMap { policy in
            policy.document.statements.filter { statement in
                statement.effect == .allow && statement.actions.patterns.contains(where: { $0.matches("sts:AssumeRole") }) != statement.actions.isNegated
            }.map(\.resources)
        }
    }

    /// Whether a statement's resources may match a role ARN (a pattern with a variable may: the
    /// authorizer decides) — a cheap, exact prefilter before the full decision.
    static func mayMatch(_ resources: PatternList<ResourcePattern>?, _ role: String) -> Bool {
        guard let resources else { return true }
        if resources.isNegated { return !resources.patterns.contains { $0.compiled?.matches(role) ?? false } }
        return resources.patterns.contains { $0.compiled?.matches(role) ?? true }
    }

    /// The two ends of an edge, to keep one edge per caller and role.
    private struct EdgeEnds: Hashable {
        let from: PrincipalID
        let to: PrincipalID
    }

    private func append(_ edges: inout [Edge], _ seen: inout Set<EdgeEnds>, _ edge: Edge?) {
        guard let edge, seen.insert(EdgeEnds(from: edge.from, to: edge.to)).inserted else { return }
        edges.append(edge)
    }
}
