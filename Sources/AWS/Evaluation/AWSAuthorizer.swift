import AccessGraph
import Documents

/// Decides AWS requests exactly as the IAM policy evaluation logic does:
/// 1. an explicit `Deny` in any policy that applies (identity, resource, boundary, session, SCP,
///    RCP) wins;
/// 2. every SCP level (root, each OU, the account) that applies to the caller's account must
///    allow, and every RCP level that applies to the resource's account;
/// 3. within one account: an identity policy allow (through the boundary and session policies;
///    for a role's trust policy, which must always allow, together with it), or a resource
///    policy naming the caller — a user ARN directly is enough on its own; a role
///    ARN or `*` is limited by the boundary and session policies; an account needs the identity
///    policy anyway;
/// 4. across accounts: both the caller's identity policies (through its boundary and session
///    policies) and the resource policy must allow;
/// 5. an AWS service or a federated (OIDC/SAML) caller is allowed by the resource or trust policy
///    that names it.
/// A statement that depends on a key the context does not decide makes the answer conditional:
/// an undecided allow carries its conditions; an undecided deny adds its negation (`not …`) to
/// the conditions of an otherwise allowed request.
public struct AWSAuthorizer: Authorizer {
    public let provider = Provider.aws
    /// What the importers read.
    public let model: AWSModel

    /// Resource policies by the literal ARN they govern, and those governing patterns.
    private let literalResourcePolicies: [String: [Int]]
    private let patternResourcePolicies: [Int]

    /// Makes an authorizer over a model, indexing its resource policies once.
    public init(model: AWSModel) {
        self.model = model
        var literal: [String: [Int]] = [:]
        var patterns: [Int] = []
        for (index, policy) in model.resourcePolicies.enumerated() {
            if policy.resource.written.contains("*") || policy.resource.written.contains("?") {
                patterns.append(index)
            } else {
                literal[policy.resource.written, default: []].append(index)
            }
        }
        self.literalResourcePolicies = literal
        self.patternResourcePolicies = patterns
    }

    /// The resource policies governing a resource, in model order.
    func resourcePolicies(for resource: String) -> [ResourcePolicy] {
        let indexes = (literalResourcePolicies[resource] ?? []) + patternResourcePolicies.filter { model.resourcePolicies[$0].resource.matches(resource) }
        return indexes.sorted().map { model.resourcePolicies[$0] }
    }

    public func decide(_ request: Request, graph: PermissionGraph) -> Decision {
        decide(request)
    }

    /// The decision for a request, optionally under session policies passed at assume time.
    public func decide(_ request: Request, sessionPolicies: [AttachedPolicy] = []) -> Decision {
        guard let caller = model.identities[request.principal] else {
            return Decision(.implicitDeny, reasons: [DecisionReason(detail: "`\(request.principal)` is not an AWS identity of the inputs")])
        }
        let facts = Self.facts(for: request, caller: caller)
        let resourceAccount = resourceAccount(of: request.resource, caller: caller)
        // A role's trust policy is its resource policy for STS actions only: `iam:PassRole` or
        // `iam:UpdateRole` on the role ARN are decided by identity policies alone.
        let isSTS = request.action.lowercased().hasPrefix("sts:")
        let resourcePolicies = resourcePolicies(for: request.resource).filter { isSTS || $0.policy.kind != .trust }
        // SCPs limit the account's own users and roles, never AWS services, federated callers or
        // service-linked roles (path `/aws-service-role/`).
        let scpLevels = (caller.kind == .user || caller.kind == .role) && !caller.id.rawValue.contains(":role/aws-service-role/")
            ? model.serviceControlLevels.filter { $0.applies(to: caller.account) } : []
        let rcpLevels = model.resourceControlLevels.filter { $0.applies(to: resourceAccount) }

        // 1. Explicit denies anywhere.
        let boundaries = caller.boundary.map { [$0] } ?? []
        var undecidedDenies: [Condition] = []
        var denyReasons: [DecisionReason] = []
        let groups: [[AttachedPolicy]] = [caller.identityPolicies, sessionPolicies, resourcePolicies.map(\.policy), boundaries]
            + scpLevels.map(\.policies) + rcpLevels.map(\.policies)
        for policy in groups.joined() {
            for statement in policy.document.statements where statement.effect == .deny {
                switch outcome(statement, of: policy, facts: facts, caller: caller).outcome {
                case .notApplicable: continue
                case .applies:
                    return Decision(.explicitDeny, reasons: [reason(statement, of: policy, verb: "denies", action: request.action)])
                case .appliesIf(let conditions):
                    undecidedDenies.append(Self.negation(of: conditions, at: statement.location))
                    denyReasons.append(reason(statement, of: policy, verb: "denies", action: request.action, conditions: conditions))
                }
            }
        }

        // 2. Allows per layer.
        let identity = allowGrant(caller.identityPolicies, facts: facts, caller: caller, missing: "no identity-based policy of `\(caller.name)` allows `\(request.action)`")
        var limits = Grant.yes([])
        if let boundary = caller.boundary {
            limits = limits.and(allowGrant([boundary], facts: facts, caller: caller, missing: "the permissions boundary `\(boundary.name)` does not allow `\(request.action)`"))
        }
        if !sessionPolicies.isEmpty {
            limits = limits.and(allowGrant(sessionPolicies, facts: facts, caller: caller, missing: "no session policy allows `\(request.action)`"))
        }
        var byKind: [PrincipalGrantKind: Grant] = [:]
        for resourcePolicy in resourcePolicies {
            for statement in resourcePolicy.policy.document.statements where statement.effect == .allow {
                let (statementOutcome, kind) = outcome(statement, of: resourcePolicy.policy, facts: facts, caller: caller)
                guard let grant = grant(statementOutcome, statement, of: resourcePolicy.policy, action: request.action), let kind else { continue }
                byKind[kind] = byKind[kind].map { $0.or(grant) } ?? grant
            }
        }
        let noResourceGrant = Grant.no([DecisionReason(detail: "no resource-based policy allows `\(request.action)` for `\(caller.name)`")])
        var principalGrant: Grant
        if caller.kind == .service || caller.kind == .federated {
            // AWS services and federated callers have no identity policies: the resource (or
            // trust) policy naming them is the whole grant.
            principalGrant = byKind.values.reduce(noResourceGrant) { $0.or($1) }
        } else if resourceAccount == caller.account {
            // A role's trust policy must allow even within its account; a policy naming the
            // account then needs the identity policy too.
            let trustRequired = resourcePolicies.contains { $0.policy.kind == .trust }
            principalGrant = trustRequired
                ? identity.and(limits).and(byKind.values.reduce(noResourceGrant) { $0.or($1) })
                : identity.and(limits)
            if let direct = byKind[.direct] { principalGrant = principalGrant.or(direct) }
            if let limited = byKind[.limited] { principalGrant = principalGrant.or(limited.and(limits)) }
        } else {
            let resourceGrant = byKind.values.reduce(noResourceGrant) { $0.or($1) }
            principalGrant = identity.and(limits).and(resourceGrant)
        }
        for level in scpLevels {
            principalGrant = principalGrant.and(allowGrant(level.policies, facts: facts, caller: caller, missing: "no SCP at \(level.name) allows `\(request.action)`"))
        }
        for level in rcpLevels {
            principalGrant = principalGrant.and(allowGrant(level.policies, facts: facts, caller: caller, missing: "no RCP at \(level.name) allows `\(request.action)`"))
        }

        switch principalGrant.state {
        case .no:
            return Decision(.implicitDeny, reasons: principalGrant.reasons)
        case .yes where undecidedDenies.isEmpty:
            return Decision(.allow, reasons: principalGrant.reasons)
        case .yes:
            return Decision(.conditionalAllow(undecidedDenies), reasons: principalGrant.reasons + denyReasons)
        case .conditional(let conditions):
            return Decision(.conditionalAllow(conditions + undecidedDenies), reasons: principalGrant.reasons + denyReasons)
        }
    }

    /// Whether any `Allow` statement of the policies applies.
    private func allowGrant(_ policies: [AttachedPolicy], facts: RequestFacts, caller: IAMIdentity, missing: String) -> Grant {
        var result = Grant.no([DecisionReason(detail: missing)])
        for policy in policies {
            for statement in policy.document.statements where statement.effect == .allow {
                if let grant = grant(outcome(statement, of: policy, facts: facts, caller: caller).outcome, statement, of: policy, action: facts.action) {
                    result = result.isNo ? grant : result.or(grant)
                }
            }
        }
        return result
    }

    private func grant(_ outcome: StatementOutcome, _ statement: PolicyStatement, of policy: AttachedPolicy, action: String) -> Grant? {
        switch outcome {
        case .notApplicable: return nil
        case .applies: return .yes([reason(statement, of: policy, verb: "allows", action: action)])
        case .appliesIf(let conditions):
            return Grant(state: .conditional(conditions), reasons: [reason(statement, of: policy, verb: "allows", action: action, conditions: conditions)])
        }
    }

    /// A statement's outcome, and for a statement with a `Principal` how it names the caller.
    private func outcome(_ statement: PolicyStatement, of policy: AttachedPolicy, facts: RequestFacts, caller: IAMIdentity) -> (outcome: StatementOutcome, kind: PrincipalGrantKind?) {
        var strongest: PrincipalGrantKind?
        let result = StatementEvaluator.evaluate(statement, version: policy.document.version, facts: facts) { pattern in
            guard let kind = Self.grantKind(pattern, caller: caller) else { return false }
            strongest = max(strongest ?? kind, kind)
            return true
        }
        if let principals = statement.principals, principals.isNegated { strongest = .limited }
        return (result, strongest)
    }

    /// How a `Principal` entry names the caller, or nil when it does not.
    static func grantKind(_ pattern: PrincipalPattern, caller: IAMIdentity) -> PrincipalGrantKind? {
        if pattern.isEveryone { return .limited }
        switch pattern.kind {
        case .everyone, .canonicalUser:
            return nil
        case .aws:
            if let account = pattern.wholeAccount { return account == caller.account && caller.kind != .service ? .account : nil }
            guard pattern.value == caller.id.rawValue || (caller.uniqueID != nil && pattern.value == caller.uniqueID) else { return nil }
            return caller.kind == .user ? .direct : .limited
        case .service:
            return caller.kind == .service && caller.name == pattern.value ? .direct : nil
        case .federated:
            return caller.kind == .federated && (caller.id.rawValue == pattern.value || caller.name == pattern.value) ? .direct : nil
        }
    }

    /// The account owning a resource: its ARN's account segment, else the account of a resource
    /// policy that governs it, else the caller's.
    func resourceAccount(of resource: String, caller: IAMIdentity) -> String {
        if let parts = ARNPattern.split(resource), !parts[4].isEmpty { return parts[4] }
        if let owner = resourcePolicies(for: resource).first(where: { $0.account != nil })?.account { return owner }
        return caller.account
    }

    /// The request's facts with the principal-derived keys filled from the inputs.
    static func facts(for request: Request, caller: IAMIdentity) -> RequestFacts {
        var facts = RequestFacts(action: request.action, resource: request.resource, context: request.context)
        switch caller.kind {
        case .user, .role:
            facts.setDerived("aws:PrincipalArn", [caller.id.rawValue])
            facts.setDerived("aws:PrincipalAccount", [caller.account])
            facts.setDerived("aws:PrincipalType", [caller.kind == .user ? "User" : "AssumedRole"])
            facts.setDerived("aws:PrincipalIsAWSService", ["false"])
            facts.setDerived("aws:username", caller.kind == .user ? [caller.name] : [])
            if caller.kind == .user, let uniqueID = caller.uniqueID { facts.setDerived("aws:userid", [uniqueID]) }
            facts.setDerived("aws:PrincipalTag/*", [])
            for (key, value) in caller.tags { facts.setDerived("aws:PrincipalTag/\(key)", [value]) }
        case .service:
            facts.setDerived("aws:PrincipalIsAWSService", ["true"])
            facts.setDerived("aws:PrincipalServiceName", [caller.name])
        default:
            break
        }
        return facts
    }

    /// The condition that an undecided deny does not apply: the negation of all its conditions.
    static func negation(of conditions: [Condition], at location: FileLocation) -> Condition {
        if conditions.count == 1, let only = conditions.first {
            return Condition(operation: "not " + only.operation, key: only.key, values: only.values, location: only.location)
        }
        return Condition(operation: "not all of", key: "", values: conditions.map(\.description), location: location)
    }

    private func reason(_ statement: PolicyStatement, of policy: AttachedPolicy, verb: String, action: String, conditions: [Condition] = []) -> DecisionReason {
        var detail = "\(statement.label) of \(policy.kind.rawValue) policy `\(policy.name)` \(verb) `\(action)`"
        if !conditions.isEmpty { detail += " if " + conditions.map(\.description).joined(separator: " and ") }
        return DecisionReason(detail: detail, location: statement.location)
    }
}
