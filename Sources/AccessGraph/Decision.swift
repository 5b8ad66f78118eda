import Documents

/// One statement, binding or setting that took part in a decision.
public struct DecisionReason: Sendable, Hashable {
    /// What it is and what it did (`statement AllowPush of policy ci-push allows ecr:PutImage`).
    public var detail: String
    /// Where it is written.
    public var location: FileLocation?

    /// Makes a reason.
    public init(detail: String, location: FileLocation? = nil) {
        self.detail = detail
        self.location = location
    }
}

/// An authorizer's answer, always with the statements that decided it.
public struct Decision: Sendable, Hashable {
    /// The kinds of answer.
    public enum Outcome: Sendable, Hashable {
        /// Allowed whatever the unknown context is.
        case allow
        /// Allowed only if these conditions hold; the context given does not decide them.
        case conditionalAllow([Condition])
        /// A statement denies it.
        case explicitDeny
        /// Nothing allows it.
        case implicitDeny

        /// The contract's word for it: `allow`, `conditional`, `deny`, `implicit-deny`.
        public var word: String {
            switch self {
            case .allow: "allow"
            case .conditionalAllow: "conditional"
            case .explicitDeny: "deny"
            case .implicitDeny: "implicit-deny"
            }
        }
    }

    /// The answer.
    public var outcome: Outcome
    /// The statements, bindings or settings that decided it.
    public var reasons: [DecisionReason]

    /// Makes a decision.
    public init(_ outcome: Outcome, reasons: [DecisionReason]) {
        self.outcome = outcome
        self.reasons = reasons
    }

    /// Whether the request is allowed outright.
    public var isAllowed: Bool { outcome == .allow }

    /// Whether the request may be allowed: outright or under conditions.
    public var mayBeAllowed: Bool {
        switch outcome {
        case .allow, .conditionalAllow: true
        case .explicitDeny, .implicitDeny: false
        }
    }

    /// The conditions of a conditional allow; empty otherwise.
    public var conditions: [Condition] {
        if case .conditionalAllow(let conditions) = outcome { return conditions }
        return []
    }
}

/// Decides requests exactly as one provider does.
public protocol Authorizer: Sendable {
    /// The provider whose semantics it implements.
    var provider: Provider { get }
    /// The decision for a request, with the statements that decided it.
    func decide(_ request: Request, graph: PermissionGraph) -> Decision
}
