import AccessGraph
import Documents

/// One operator–key pair of a `Condition` block with its values (any of which may match).
public struct ConditionClause: Sendable, Hashable, CustomStringConvertible {
    /// The operator.
    public var operation: ConditionOperator
    /// The key as written (compared case-insensitively).
    public var key: String
    /// The values as written (scalars as text).
    public var values: [String]
    /// Where the key is.
    public var location: FileLocation

    /// Makes a clause.
    public init(operation: ConditionOperator, key: String, values: [String], location: FileLocation) {
        self.operation = operation
        self.key = key
        self.values = values
        self.location = location
    }

    /// The clause as a graph condition.
    public var condition: Condition {
        Condition(operation: operation.description, key: key, values: values, location: location)
    }

    /// `StringEquals aws:username alice`.
    public var description: String { condition.description }
}
