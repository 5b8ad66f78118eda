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
/// it is never silently an allow or a deny.
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
        let matcher = StatementMatcher(request: request)
        var layers: [PolicyLayer] = [PolicyLayer(name: "identity policies", policies: [])]
        var reasons: [DecisionReason] = []
        for entry in model.identityPolicies(of: request.principal) {
            guard let policy = entry.policy else {
                reasons.append(DecisionReason(detail: "policy `\(entry.attachment.policyID)` is attached but its document is not in the inputs", location: entry.attachment.location))
                continue
            }
            layers[0].policies.append((policy, entry.via))
        }
        if let boundary = model.boundaries[request.principal] {
            if let policy = model.policies[boundary.policyID] {
                layers.append(PolicyLayer(name: "permission boundary", policies: [(policy, nil)]))
            } else {
                // A boundary we cannot read could narrow anything: nothing is known to be allowed.
                return Decision(.implicitDeny, reasons: [DecisionReason(detail: "permission boundary `\(boundary.policyID)` is not in the inputs", location: boundary.location)])
            }
        }
        if !sessionPolicies.isEmpty {
            layers.append(PolicyLayer(name: "session policies", policies: sessionPolicies.map { ($0, nil) }))
        }

        var undecidedDenies: [Condition] = []
        var layerResults: [LayerResult] = []
        for layer in layers {
            var result = LayerResult(name: layer.name)
            for (policy, via) in layer.policies {
                for statement in policy.document.statements {
                    guard let undecided = matcher.undecidedConditions(of: statement) else { continue }
                    let reason = DecisionReason(detail: Self.detail(statement, policy: policy, via: via, undecided: undecided), location: statement.location)
                    switch statement.effect {
                    case .deny:
                        if undecided.isEmpty {
                            return Decision(.explicitDeny, reasons: [reason])
                        }
                        undecidedDenies += undecided.map { clause in
                            Condition(operation: "not \(clause.written)", key: clause.key, values: clause.values, location: clause.location)
                        }
                        result.denyReasons.append(reason)
                    case .allow:
                        if undecided.isEmpty {
                            result.outright.append(reason)
                        } else {
                            result.conditional.append((reason, undecided.map(\.condition)))
                        }
                    }
                }
            }
            layerResults.append(result)
        }

        var conditions: [Condition] = []
        for result in layerResults {
            if let first = result.outright.first {
                reasons.append(first)
            } else if !result.conditional.isEmpty {
                for (reason, clauses) in result.conditional {
                    reasons.append(reason)
                    conditions += clauses
                }
            } else {
                let detail = result.name == "identity policies"
                    ? "no statement allows `\(request.action)` on `\(request.resource)` (default deny)"
                    : "the \(result.name) does not allow `\(request.action)` on `\(request.resource)`"
                return Decision(.implicitDeny, reasons: reasons + [DecisionReason(detail: detail)])
            }
            reasons += result.denyReasons
        }
        conditions += undecidedDenies
        if conditions.isEmpty { return Decision(.allow, reasons: reasons) }
        return Decision(.conditionalAllow(conditions.sorted()), reasons: reasons)
    }

    static func detail(_ statement: CAMStatement, policy: CAMPolicy, via group: PrincipalID?, undecided: [CAMConditionClause]) -> String {
        var text = "statement \(statement.index) of policy `\(policy.name)` (\(policy.kind.rawValue)) \(statement.effect == .allow ? "allows" : "denies"): \(statement.summary)"
        if let group { text += " (through group `\(group.rawValue)`)" }
        if !undecided.isEmpty { text += "; undecided: " + undecided.map(\.description).joined(separator: ", ") }
        return text
    }
}

/// The policies of one evaluation layer.
private struct PolicyLayer {
    var name: String
    var policies: [(CAMPolicy, PrincipalID?)]
}

/// What one layer's statements said.
private struct LayerResult {
    var name: String
    var outright: [DecisionReason] = []
    var conditional: [(DecisionReason, [Condition])] = []
    var denyReasons: [DecisionReason] = []
}
