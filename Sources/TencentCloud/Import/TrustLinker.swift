import AccessGraph
import Documents

/// Turns roles' trust policies into `assumes` and `federates` edges.
///
/// A role can be assumed when its trust policy allows the caller *and* the caller's own policies
/// allow `sts:AssumeRole` on the role's qcs name (`qcs::cam::uin/OWNER:roleName/NAME`); an edge
/// carries the conditions of both sides that the inputs do not decide. Trust in a whole account
/// (`qcs::cam::uin/X:root`) gives an edge from the account (whose administrators may delegate)
/// and from each of its principals we know whose policies allow the call. Federated providers
/// (`…:oidc-provider/NAME`, `…:saml-provider/NAME`) federate with the trust conditions kept, so
/// subjects (GitHub `oidc:sub`) can be matched later.
struct TrustLinker {
    let model: TencentCloudModel
    let authorizer: CAMAuthorizer
    let knownPrincipals: Set<PrincipalID>

    static let assumeActions = ["sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML"]

    /// The principals whose policies (own or through groups) allow `sts:AssumeRole` somewhere,
    /// by owner, each with its statements for that action gathered once: only they can take an
    /// account-wide trust, and asking about each role is then a resource match.
    private var possibleCallers: [String: [(id: PrincipalID, request: PreparedCAMRequest)]] {
        var result: [String: [(id: PrincipalID, request: PreparedCAMRequest)]] = [:]
        for principal in (Array(model.users.keys) + Array(model.roles.keys)).sorted() {
            let prepared = authorizer.prepare(principal: principal, action: "sts:AssumeRole")
            guard !prepared.grantsNothing, let owner = Self.owner(of: principal.rawValue) else { continue }
            result[owner, default: []].append((principal, prepared))
        }
        return result
    }

    func link() -> GraphFragment {
        var fragment = GraphFragment()
        var added = knownPrincipals
        let callers = possibleCallers
        let indexes = callers.mapValues { list in CallerIndex(list.map(\.request)) }
        for role in model.roles.values.sorted(by: { $0.id < $1.id }) {
            guard let trustID = role.trustPolicyID, let trust = model.policies[trustID] else { continue }
            let owner = Self.owner(of: role.id.rawValue) ?? ""
            let denies = TrustDenies(statements: trust.document.statements.filter { $0.effect == .deny })
            for statement in trust.document.statements where statement.effect == .allow {
                guard Self.assumeActions.contains(where: { action in statement.actions.contains { $0.matches(action) } }) else { continue }
                let trustConditions = statement.conditions.map(\.condition)
                for name in statement.principals["qcs"] ?? [] {
                    guard let conditions = denies.conditions(kind: "qcs", names: [name], base: trustConditions) else { continue }
                    link(name: name, role: role, owner: owner, statement: statement, conditions: conditions, denies: denies, callers: callers[owner] ?? [], index: indexes[owner], into: &fragment, added: &added)
                }
                for service in statement.principals["service"] ?? [] {
                    let id = CAMNames.service(service)
                    if added.insert(id).inserted {
                        fragment.principals.append(Principal(id: id, provider: .tencentcloud, kind: .service, displayName: service, aliases: [service], human: .machine, provenance: statement.location))
                    }
                    guard let conditions = denies.conditions(kind: "service", names: [service], base: trustConditions) else { continue }
                    append(Edge(from: id, to: role.id, kind: .assumes, reason: "trust policy of role `\(role.name)` allows service `\(service)`", source: statement.location, conditions: conditions), to: &fragment)
                }
                for provider in statement.principals["federated"] ?? [] {
                    let id = PrincipalID(provider)
                    if added.insert(id).inserted {
                        let short = provider.split(separator: ":").last.map(String.init) ?? provider
                        fragment.principals.append(Principal(id: id, provider: .tencentcloud, kind: .federated, displayName: short, aliases: [short], human: .unknown, provenance: statement.location))
                    }
                    guard let conditions = denies.conditions(kind: "federated", names: [provider], base: trustConditions) else { continue }
                    let unconditioned = trustConditions.isEmpty ? " with no condition" : " when " + trustConditions.map(\.description).joined(separator: " and ")
                    append(Edge(from: id, to: role.id, kind: .federates, reason: "trust policy of role `\(role.name)` accepts identities from `\(provider)`\(unconditioned)", source: statement.location, conditions: conditions), to: &fragment)
                }
            }
        }
        return fragment
    }

    private func link(name: String, role: CAMRole, owner: String, statement: CAMStatement, conditions: [Condition], denies: TrustDenies, callers: [(id: PrincipalID, request: PreparedCAMRequest)], index: CallerIndex?, into fragment: inout GraphFragment, added: inout Set<PrincipalID>) {
        if name == "*" || name == "qcs::cam::anyone" {
            let anyone = PrincipalID("qcs::cam::anyone")
            if added.insert(anyone).inserted {
                fragment.principals.append(Principal(id: anyone, provider: .tencentcloud, kind: .account, displayName: "anyone", aliases: ["anyone"], provenance: statement.location))
            }
            append(Edge(from: anyone, to: role.id, kind: .assumes, reason: "trust policy of role `\(role.name)` allows `\(name)`: any Tencent Cloud account", source: statement.location, conditions: conditions), to: &fragment)
            return
        }
        guard let trusted = Self.owner(of: name) else { return }
        let entity = name.split(separator: ":").last.map(String.init) ?? ""
        let isAccount = entity == "root" || entity == "uin/\(trusted)"
        if isAccount {
            let account = CAMNames.account(trusted)
            if added.insert(account).inserted {
                fragment.principals.append(Principal(id: account, provider: .tencentcloud, kind: .account, displayName: "account \(trusted)", aliases: ["qcs::cam::uin/\(trusted):root", trusted], provenance: statement.location))
            }
            let scope = trusted == owner ? "its own account" : "account \(trusted) (cross-account)"
            append(Edge(from: account, to: role.id, kind: .assumes, reason: "trust policy of role `\(role.name)` allows \(scope)", source: statement.location, conditions: conditions), to: &fragment)
            guard trusted == owner else { return }
            // Every principal of the trusted account whose own policies allow the call.
            for position in index?.candidates(for: role.resourceName) ?? [] where callers[position].id != role.id {
                guard let withDenies = denies.conditions(kind: "qcs", names: [callers[position].id.rawValue], base: conditions) else { continue }
                linkCaller(callers[position], role: role, statement: statement, conditions: withDenies, why: "allows \(scope)", into: &fragment)
            }
        } else {
            let caller = PrincipalID(name)
            if model.users[caller] != nil || model.roles[caller] != nil {
                linkCaller((caller, authorizer.prepare(principal: caller, action: "sts:AssumeRole")), role: role, statement: statement, conditions: conditions, why: "names `\(name)`", into: &fragment)
            } else {
                if added.insert(caller).inserted {
                    let kind: PrincipalKind = entity.hasPrefix("roleName/") ? .role : .user
                    fragment.principals.append(Principal(id: caller, provider: .tencentcloud, kind: kind, displayName: entity, aliases: [entity], provenance: statement.location))
                }
                append(Edge(from: caller, to: role.id, kind: .assumes, reason: "trust policy of role `\(role.name)` names `\(name)` (its own permissions are not in the inputs)", source: statement.location, conditions: conditions), to: &fragment)
            }
        }
    }

    private func linkCaller(_ caller: (id: PrincipalID, request: PreparedCAMRequest), role: CAMRole, statement: CAMStatement, conditions: [Condition], why: String, into fragment: inout GraphFragment) {
        guard caller.request.mayAllow(resourceName: role.resourceName) else { return }
        let decision = caller.request.decide(resource: role.id.rawValue, name: role.resourceName, context: RequestContext())
        guard decision.mayBeAllowed else { return }
        let grant = decision.reasons.first?.detail ?? "its policies allow sts:AssumeRole"
        append(Edge(
            from: caller.id, to: role.id, kind: .assumes,
            reason: "trust policy of role `\(role.name)` \(why), and \(grant)",
            source: statement.location, conditions: conditions + decision.conditions), to: &fragment)
    }

    private func append(_ edge: Edge?, to fragment: inout GraphFragment) {
        if let edge { fragment.edges.append(edge) }
    }

    /// The owner uin in `qcs::cam::uin/OWNER:…`.
    static func owner(of name: String) -> String? {
        guard name.hasPrefix("qcs::cam::uin/") else { return nil }
        let rest = name.dropFirst("qcs::cam::uin/".count)
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        return String(rest[..<colon])
    }
}
