import AccessGraph
import Documents

/// A parsed CAM policy document (`{"version": "2.0", "statement": [...]}`), every element with
/// where it is written.
public struct CAMPolicyDocument: Sendable, Hashable {
    /// The `version` as written (always `2.0` for documents that parse).
    public var version: String
    /// The statements, in order.
    public var statements: [CAMStatement]
    /// Where the document starts.
    public var location: FileLocation

    /// Makes a document.
    public init(version: String, statements: [CAMStatement], location: FileLocation) {
        self.version = version
        self.statements = statements
        self.location = location
    }
}

/// One statement of a CAM policy.
public struct CAMStatement: Sendable, Hashable {
    /// Its position in the policy, from 0.
    public var index: Int
    /// Allow or deny.
    public var effect: Effect
    /// The `action` patterns (with the `name/` prefix removed).
    public var actions: [CAMActionPattern]
    /// The `resource` patterns; empty when the statement has none (trust policies).
    public var resources: [QCSResourcePattern]
    /// The `condition` clauses, all of which must hold.
    public var conditions: [CAMConditionClause]
    /// The `principal` element of trust and bucket policies: `qcs`, `service`, `federated` → names.
    public var principals: [String: [String]]
    /// Where the statement is written.
    public var location: FileLocation
    /// Where its `effect` is written.
    public var effectLocation: FileLocation

    /// Makes a statement.
    public init(
        index: Int, effect: Effect, actions: [CAMActionPattern], resources: [QCSResourcePattern],
        conditions: [CAMConditionClause], principals: [String: [String]], location: FileLocation, effectLocation: FileLocation
    ) {
        self.index = index
        self.effect = effect
        self.actions = actions
        self.resources = resources
        self.conditions = conditions
        self.principals = principals
        self.location = location
        self.effectLocation = effectLocation
    }

    /// A one-line summary: `allow cam:AttachUserPolicy on *`.
    public var summary: String {
        let actionText = actions.map(\.written).joined(separator: ", ")
        let resourceText = resources.isEmpty ? "" : " on " + resources.map(\.written).joined(separator: ", ")
        let conditionText = conditions.isEmpty ? "" : " when " + conditions.map(\.description).joined(separator: " and ")
        return "\(effect.rawValue) \(actionText)\(resourceText)\(conditionText)"
    }

    /// Whether the statement names `*` as an action and as a resource, with no condition.
    public var grantsEverything: Bool {
        effect == .allow && conditions.isEmpty && actions.contains { $0.matchesEverything }
            && resources.contains { $0.matchesEverything }
    }
}
