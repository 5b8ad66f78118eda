import AccessGraph
import Documents

/// A string written in a policy with where it is written.
public struct LocatedString: Sendable, Hashable {
    /// The text.
    public var text: String
    /// Where it is.
    public var location: FileLocation

    /// Makes a located string.
    public init(_ text: String, at location: FileLocation) {
        self.text = text
        self.location = location
    }
}

/// A list element that is either positive (`Action`) or negated (`NotAction`).
public struct PatternList<Pattern: Sendable & Hashable>: Sendable, Hashable {
    /// Whether it is the `Not…` form: the statement applies to everything the patterns do not match.
    public var isNegated: Bool
    /// The patterns.
    public var patterns: [Pattern]
    /// Where the element is (its key's value).
    public var location: FileLocation

    /// Makes a list.
    public init(isNegated: Bool, patterns: [Pattern], location: FileLocation) {
        self.isNegated = isNegated
        self.patterns = patterns
        self.location = location
    }
}

/// One statement of an IAM policy.
///
/// A final class with constant properties: evaluation walks statements millions of times on a
/// large export, and a reference costs one retain where a struct of arrays and strings costs ten.
public final class PolicyStatement: Sendable, Hashable {
    /// Its position in the document, from 0.
    public let index: Int
    /// The `Sid`, if any.
    public let sid: String?
    /// Allow or deny.
    public let effect: Effect
    /// `Action` or `NotAction`.
    public let actions: PatternList<ActionPattern>
    /// `Resource` or `NotResource`; nil when absent (trust policies, some resource policies).
    public let resources: PatternList<ResourcePattern>?
    /// `Principal` or `NotPrincipal`; nil when absent (identity policies).
    public let principals: PatternList<PrincipalPattern>?
    /// The condition clauses, all of which must hold.
    public let conditions: [ConditionClause]
    /// Where the statement is.
    public let location: FileLocation

    /// Makes a statement.
    public init(
        index: Int, sid: String?, effect: Effect, actions: PatternList<ActionPattern>,
        resources: PatternList<ResourcePattern>?, principals: PatternList<PrincipalPattern>?,
        conditions: [ConditionClause], location: FileLocation
    ) {
        self.index = index
        self.sid = sid
        self.effect = effect
        self.actions = actions
        self.resources = resources
        self.principals = principals
        self.conditions = conditions
        self.location = location
    }

    /// Statements are equal when every element is.
    public static func == (lhs: PolicyStatement, rhs: PolicyStatement) -> Bool {
        lhs === rhs || (lhs.index == rhs.index && lhs.sid == rhs.sid && lhs.effect == rhs.effect && lhs.actions == rhs.actions
            && lhs.resources == rhs.resources && lhs.principals == rhs.principals && lhs.conditions == rhs.conditions
            && lhs.location == rhs.location)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(index)
        hasher.combine(sid)
        hasher.combine(location)
    }

    /// How reports name it: `statement AllowPush` or `statement #2`.
    public var label: String {
        sid.map { "statement `\($0)`" } ?? "statement #\(index)"
    }

    /// A one-line summary: `Allow ecr:PutImage on arn:aws:ecr:*:*:repository/*`.
    public var summary: String {
        let verb = effect == .allow ? "Allow" : "Deny"
        let actionText = (actions.isNegated ? "everything except " : "") + actions.patterns.map(\.written).joined(separator: ", ")
        var text = "\(verb) \(actionText)"
        if let resources {
            text += " on " + (resources.isNegated ? "everything except " : "") + resources.patterns.map(\.written).joined(separator: ", ")
        }
        if !conditions.isEmpty { text += " if " + conditions.map(\.description).joined(separator: " and ") }
        return text
    }
}
