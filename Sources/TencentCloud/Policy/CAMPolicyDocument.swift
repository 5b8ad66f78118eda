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
///
/// A class, so that evaluation passes statements around without copying their patterns.
public final class CAMStatement: Sendable, Hashable {
    /// Its position in the policy, from 0.
    public let index: Int
    /// Allow or deny.
    public let effect: Effect
    /// The `action` patterns (with the `name/` prefix removed).
    public let actions: [CAMActionPattern]
    /// The `resource` patterns; empty when the statement has none (trust policies).
    public let resources: [QCSResourcePattern]
    /// The `condition` clauses, all of which must hold.
    public let conditions: [CAMConditionClause]
    /// The `principal` element of trust and bucket policies: `qcs`, `service`, `federated` → names.
    public let principals: [String: [String]]
    /// Where the statement is written.
    public let location: FileLocation
    /// Where its `effect` is written.
    public let effectLocation: FileLocation

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

    public static func == (lhs: CAMStatement, rhs: CAMStatement) -> Bool {
        lhs.index == rhs.index && lhs.effect == rhs.effect && lhs.actions == rhs.actions && lhs.resources == rhs.resources
            && lhs.conditions == rhs.conditions && lhs.principals == rhs.principals && lhs.location == rhs.location
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(index)
        hasher.combine(location)
    }

    /// The same statement written at another place (a document embedded in a string is located
    /// at the string).
    public func relocated(to location: FileLocation) -> CAMStatement {
        CAMStatement(
            index: index, effect: effect, actions: actions, resources: resources,
            conditions: conditions.map { clause in
                var moved = clause
                moved.location = location
                return moved
            },
            principals: principals, location: location, effectLocation: location)
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
