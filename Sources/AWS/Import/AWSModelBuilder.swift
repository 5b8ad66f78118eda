import AccessGraph
import Documents

/// Joins what the AWS inputs said into the typed model, the graph's principals and policies, and
/// the edges between principals (`memberOf`, `assumes`, `federates`), each with its reason.
struct AWSModelBuilder {
    let inputs: AWSInputs

    /// The result of a build.
    struct Built {
        var model: AWSModel
        var fragment: GraphFragment
        var warnings: [InputError]
    }

    func build() -> Built {
        var model = AWSModel()
        var principals: [PrincipalID: Principal] = [:]
        var order: [PrincipalID] = []
        var warnings: [InputError] = []

        func add(_ principal: Principal) {
            guard principals[principal.id] == nil else { return }
            principals[principal.id] = principal
            order.append(principal.id)
        }

        // Managed policies: the first definition of an ARN wins (inputs come in a fixed order).
        var managed: [String: AuthorizationDetails.ManagedPolicy] = [:]
        for details in inputs.authorizationDetails {
            for policy in details.policies where managed[policy.arn] == nil {
                managed[policy.arn] = policy
                model.managedPolicyVersions[policy.arn] = policy.versions.map { ManagedPolicyVersion(id: $0.id, isDefault: $0.isDefault, document: $0.document) }
                if let document = policy.defaultDocument {
                    model.documents.append(AttachedPolicy(id: policy.arn, name: policy.name, kind: .identity, document: document))
                }
            }
        }
        let entities = inputs.authorizationDetails.flatMap(\.entities)
        var groupsByName: [String: AuthorizationDetails.Entity] = [:]
        for group in entities where group.kind == .group {
            groupsByName[group.account + "/" + group.name] = groupsByName[group.account + "/" + group.name] ?? group
        }

        /// The policies an entity holds itself: inline, then attached.
        func ownPolicies(of entity: AuthorizationDetails.Entity) -> [AttachedPolicy] {
            var result = entity.inlinePolicies.map { inline in
                AttachedPolicy(id: "inline:\(entity.arn):\(inline.name)", name: inline.name, kind: .identity, document: inline.document)
            }
            for attached in entity.attachedPolicies {
                guard let policy = managed[attached.arn], let document = policy.defaultDocument else {
                    warnings.append(InputError(
                        code: "aws.policy.not-in-inputs",
                        message: "policy `\(attached.arn)` attached to `\(entity.name)` is not in the inputs; its permissions are not evaluated",
                        location: attached.location,
                        suggestion: "export with `aws iam get-account-authorization-details` without `--filter`, so AWS managed policies are included"))
                    continue
                }
                result.append(AttachedPolicy(id: attached.arn, name: policy.name, kind: .identity, document: document))
            }
            return result
        }

        var ownByARN: [String: [AttachedPolicy]] = [:]
        for entity in entities where ownByARN[entity.arn] == nil {
            let own = ownPolicies(of: entity)
            ownByARN[entity.arn] = own
            model.documents += own.filter { $0.id.hasPrefix("inline:") }
        }
        for entity in entities {
            var aliases = [entity.name, "\(entity.kind.rawValue)/\(entity.name)"]
            if let path = ARNPattern.split(entity.arn)?[5], path != aliases[1] { aliases.append(path) }
            // An instance profile runs as its role: `instance-profile/web` resolves to the role.
            for profile in entity.instanceProfiles {
                if let name = ARNPattern.split(profile)?[5].split(separator: "/").last { aliases.append("instance-profile/\(name)") }
            }
            add(Principal(
                id: PrincipalID(entity.arn), provider: .aws, kind: entity.kind, displayName: entity.name,
                aliases: aliases, tags: entity.tags, provenance: entity.location))
            guard entity.kind != .group else { continue }
            var identity = IAMIdentity(
                id: PrincipalID(entity.arn), kind: entity.kind, account: entity.account, name: entity.name,
                uniqueID: entity.uniqueID, tags: entity.tags, identityPolicies: ownByARN[entity.arn] ?? [])
            for membership in entity.groups {
                guard let group = groupsByName[entity.account + "/" + membership.name] else {
                    warnings.append(InputError(code: "aws.group.not-in-inputs", message: "group `\(membership.name)` of user `\(entity.name)` is not in the inputs", location: membership.location))
                    continue
                }
                identity.groups.append(PrincipalID(group.arn))
                identity.identityPolicies += ownByARN[group.arn] ?? []
            }
            if let boundary = entity.boundaryARN {
                if let policy = managed[boundary.arn], let document = policy.defaultDocument {
                    identity.boundary = AttachedPolicy(id: boundary.arn, name: policy.name, kind: .boundary, document: document)
                } else {
                    // An unreadable boundary still limits: treat it as allowing nothing we can see.
                    identity.boundary = AttachedPolicy(
                        id: boundary.arn, name: boundary.arn, kind: .boundary,
                        document: PolicyDocument(version: .current, id: nil, statements: [], location: boundary.location))
                    warnings.append(InputError(code: "aws.policy.not-in-inputs", message: "permissions boundary `\(boundary.arn)` of `\(entity.name)` is not in the inputs; nothing is allowed through it", location: boundary.location))
                }
            }
            if let trust = entity.trustPolicy {
                let policy = AttachedPolicy(id: "trust:\(entity.arn)", name: "trust policy of \(entity.name)", kind: .trust, document: trust)
                identity.trustPolicy = policy
                model.documents.append(policy)
                model.resourcePolicies.append(ResourcePolicy(resource: ARNPattern(entity.arn), account: entity.account, policy: policy))
            }
            model.identities[identity.id] = identity
        }

        // Accounts that own principals.
        for account in Set(model.identities.values.map(\.account)).sorted() where !account.isEmpty {
            let location = model.identities.values.filter { $0.account == account }.compactMap { principals[$0.id]?.provenance }.min() ?? FileLocation(file: "")
            add(Principal(id: PrincipalID("arn:aws:iam::\(account):root"), provider: .aws, kind: .account, displayName: account, aliases: [account], provenance: location))
        }

        // Standalone policies.
        for standalone in inputs.standalonePolicies {
            let policy = AttachedPolicy(id: "file:\(standalone.document.location.file):\(standalone.name)", name: standalone.name, kind: standalone.kind, document: standalone.document)
            model.documents.append(policy)
            switch standalone.kind {
            case .resource:
                let patterns = standalone.resource.map { [$0] }
                    ?? standalone.document.statements.compactMap(\.resources).filter { !$0.isNegated }
                        .flatMap(\.patterns).filter { $0.compiled != nil }.map(\.written)
                for pattern in Set(patterns).sorted() {
                    model.resourcePolicies.append(ResourcePolicy(resource: ARNPattern(pattern), account: standalone.account, policy: policy))
                }
            case .serviceControl:
                // Without the policy's targets, each SCP is its own level: a request must pass
                // every one (never more permissive than the organisation; see docs/aws.md).
                model.serviceControlLevels.append(OrganizationLevel(name: "SCP `\(standalone.name)`", accounts: nil, policies: [policy]))
            case .resourceControl:
                model.resourceControlLevels.append(OrganizationLevel(name: "RCP `\(standalone.name)`", accounts: nil, policies: [policy]))
            default:
                break
            }
        }

        // OIDC providers listed on their own.
        for provider in inputs.openIDConnectProviders {
            addFederated(provider.arn, location: provider.location, into: &model, add: add)
        }

        // Credential report: joined to users by ARN; users only in the report are added.
        for row in inputs.credentialReports {
            // The root user always has a password (`not_supported` in its row): a person.
            let human: HumanStatus = row.isRoot || row.passwordEnabled == true ? .human : row.passwordEnabled == false ? .machine : .unknown
            let mfa: MFAState = switch row.mfaActive {
            case true?: MFAState(status: .enrolled, evidence: "mfa_active=true in credential report", location: row.mfaLocation)
            case false?: MFAState(status: .none, evidence: "mfa_active=false in credential report", location: row.mfaLocation)
            case nil: .unknown
            }
            let id: PrincipalID
            if row.isRoot {
                guard let account = ARNPattern.split(row.arn)?[4] else { continue }
                id = PrincipalID("arn:aws:iam::\(account):root")
                add(Principal(id: id, provider: .aws, kind: .account, displayName: account, aliases: [account], provenance: row.location))
            } else {
                id = PrincipalID(row.arn)
                add(Principal(id: id, provider: .aws, kind: .user, displayName: row.user, aliases: [row.user, "user/\(row.user)"], provenance: row.location))
                if model.identities[id] == nil, let account = ARNPattern.split(row.arn)?[4] {
                    model.identities[id] = IAMIdentity(id: id, kind: .user, account: account, name: row.user)
                }
            }
            principals[id]?.human = human
            principals[id]?.mfa = mfa
            principals[id]?.credentials = row.credentials
        }

        // Principals named by trust policies.
        for identity in model.identities.values.sorted(by: { $0.id < $1.id }) {
            guard let trust = identity.trustPolicy else { continue }
            for statement in trust.document.statements where statement.effect == .allow {
                for pattern in statement.principals?.patterns ?? [] {
                    switch pattern.kind {
                    case .service:
                        addService(pattern.value, location: pattern.location, into: &model, add: add)
                    case .federated:
                        addFederated(pattern.value, location: pattern.location, into: &model, add: add)
                    default:
                        break
                    }
                }
            }
        }

        let authorizer = AWSAuthorizer(model: model)
        let edges = AssumeEdgeBuilder(model: model, authorizer: authorizer).edges(principals: principals)
        var fragment = GraphFragment()
        let escalations = EscalationEdgeBuilder(model: model, authorizer: authorizer).edges()
        fragment.edges = membershipEdges(entities: entities, groups: groupsByName) + edges.edges + escalations
        for placeholder in edges.placeholders { add(placeholder) }
        fragment.principals = order.compactMap { principals[$0] }
        fragment.policies = model.documents.map(\.graphPolicy)
        return Built(model: model, fragment: fragment, warnings: warnings)
    }

    /// `memberOf` edges from users to their groups.
    func membershipEdges(entities: [AuthorizationDetails.Entity], groups: [String: AuthorizationDetails.Entity]) -> [Edge] {
        entities.filter { $0.kind == .user }.flatMap { user in
            user.groups.compactMap { membership -> Edge? in
                guard let group = groups[user.account + "/" + membership.name] else { return nil }
                return Edge(
                    from: PrincipalID(user.arn), to: PrincipalID(group.arn), kind: .memberOf,
                    reason: "user `\(user.name)` is in group `\(group.name)`", source: membership.location)
            }
        }
    }

    /// Adds an AWS service principal (`service:lambda.amazonaws.com`).
    func addService(_ name: String, location: FileLocation, into model: inout AWSModel, add: (Principal) -> Void) {
        let id = PrincipalID("service:\(name)")
        add(Principal(id: id, provider: .aws, kind: .service, displayName: name, aliases: [name], human: .machine, provenance: location))
        if model.identities[id] == nil {
            model.identities[id] = IAMIdentity(id: id, kind: .service, account: "", name: name)
        }
    }

    /// Adds an OIDC or SAML provider principal, by its ARN (or a public IdP name such as
    /// `accounts.google.com`).
    func addFederated(_ value: String, location: FileLocation, into model: inout AWSModel, add: (Principal) -> Void) {
        let id = PrincipalID(value)
        let parts = ARNPattern.split(value)
        let host = parts.map { String($0[5].split(separator: "/", maxSplits: 1).last ?? "") } ?? value
        add(Principal(id: id, provider: .aws, kind: .federated, displayName: host, aliases: [host], human: .machine, provenance: location))
        if model.identities[id] == nil {
            model.identities[id] = IAMIdentity(id: id, kind: .federated, account: parts?[4] ?? "", name: host)
        }
    }
}
