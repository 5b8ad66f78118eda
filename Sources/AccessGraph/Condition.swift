import Documents

/// A condition that must hold for an allow, an edge or a path, kept symbolic until a request's
/// context decides it.
public struct Condition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The operator in the provider's words (`StringEquals`, `BoolIfExists`, `review`).
    public var operation: String
    /// The context key it tests (`aws:MultiFactorAuthPresent`), if any.
    public var key: String
    /// The values it compares against.
    public var values: [String]
    /// Where it is written.
    public var location: FileLocation?

    /// Makes a condition.
    public init(operation: String, key: String, values: [String], location: FileLocation? = nil) {
        self.operation = operation
        self.key = key
        self.values = values
        self.location = location
    }

    public static func < (lhs: Condition, rhs: Condition) -> Bool {
        (lhs.key, lhs.operation, lhs.values.joined(separator: "\u{1}")) < (rhs.key, rhs.operation, rhs.values.joined(separator: "\u{1}"))
    }

    /// `StringEquals aws:username [alice, bob]`.
    public var description: String {
        let shown = values.count == 1 ? values[0] : "[" + values.joined(separator: ", ") + "]"
        return key.isEmpty ? "\(operation) \(shown)" : "\(operation) \(key) \(shown)"
    }
}
