import AccessGraph
import Documents

/// Decides requests as CAM does (CAM "Policy Evaluation Logic").
///
/// 1. Every policy in force is read: the principal's identity policies (its own and its groups'),
///    its permission boundary and the session policies passed with an assumed role's credentials.
/// 2. A `deny` statement that applies anywhere denies (deny wins).
/// 3. Otherwise the identity policies must allow; with a boundary the boundary must allow too
///    (the permissions are the intersection); with session policies they must allow too.
/// 4. Nothing allowing means the default deny.
///
/// A statement whose conditions depend on keys the request does not give makes the answer a
/// conditional allow listing those conditions (for a deny: its conditions must not all hold);
/// it is never silently an allow or a deny. The root account (`qcs::cam::uin/OWNER:uin/OWNER`)
/// is allowed everything; TCR service accounts are decided by their namespace grants.
public struct CAMAuthorizer: Authorizer {
    public let provider = Provider.tencentcloud
    /// What the importer read.
    public let model: TencentCloudModel

    /// Makes an authorizer over a model.
    public init(model: TencentCloudModel) {
        self.model = model
    }

    public func decide(_ request: Request, graph: PermissionGraph) -> Decision {
        decide(request, sessionPolicies: [])
    }

    /// The decision for a request made with credentials narrowed by session policies.
    public func decide(_ request: Request, sessionPolicies: [CAMPolicy]) -> Decision {
        if let serviceAccount = model.registryServiceAccounts[request.principal] {
            return serviceAccount.decide(request)
        }
        if let owner = TrustLinker.owner(of: request.principal.rawValue), request.principal == CAMNames.account(owner) {
            // The root account owns its resources; CAM policies do not limit it.
            return Decision(.allow, reasons: [DecisionReason(detail: "`\(request.principal.rawValue)` is the root account, which CAM policies do not limit")])
        }
        return prepare(principal: request.principal, action: request.action, sessionPolicies: sessionPolicies)
            .decide(resource: request.resource, context: request.context)
    }

    /// The statements that can decide one principal's `action`, gathered once so that many
    /// resources can be asked about cheaply (trust linking asks about every role).
    public func prepare(principal: PrincipalID, action: String, sessionPolicies: [CAMPolicy] = []) -> PreparedCAMRequest {
        let bareAction = CAMActionPattern.removingPrefix(action)
        var layers: [PreparedCAMRequest.Layer] = [.init(name: "identity policies")]
        var notes: [DecisionReason] = []
        for entry in model.identityPolicies(of: principal) {
            guard let policy = entry.policy else {
                notes.append(DecisionReason(detail: "policy `\(entry.attachment.policyID)` is attached but its document is not in the inputs", location: entry.attachment.location))
                continue
            }
            layers[0].add(policy, via: entry.via, bareAction: bareAction)
        }
        var unreadableBoundary: PolicyAttachment?
        if let boundary = model.boundaries[principal] {
            if let policy = model.policies[boundary.policyID] {
                var layer = PreparedCAMRequest.Layer(name: "permission boundary")
                layer.add(policy, via: nil, bareAction: bareAction)
                layers.append(layer)
            } else {
                // A boundary we cannot read may or may not allow: every allow becomes conditional on it.
                unreadableBoundary = boundary
            }
        }
        if !sessionPolicies.isEmpty {
            var layer = PreparedCAMRequest.Layer(name: "session policies")
            for policy in sessionPolicies { layer.add(policy, via: nil, bareAction: bareAction) }
            layers.append(layer)
        }
        return PreparedCAMRequest(principal: principal, action: action, layers: layers, notes: notes, unreadableBoundary: unreadableBoundary)
    }

    static func detail(_ statement: CAMStatement, policy: CAMPolicy, via group: PrincipalID?, undecided: [CAMConditionClause]) -> String {
        var text = "statement \(statement.index) of policy `\(policy.name)` (\(policy.kind.rawValue)) \(statement.effect == .allow ? "allows" : "denies"): \(statement.summary)"
        if let group { text += " (through group `\(group.rawValue)`)" }
        if !undecided.isEmpty { text += "; undecided: " + undecided.map(\.description).joined(separator: ", ") }
        return text
    }
}

