/// One value of an input document with where it was written.
///
/// Every reader (JSON, YAML) produces the same tree, so importers never care which syntax a file
/// used. Mappings keep their entries in order and keep duplicate keys: looking a key up goes
/// through ``Cursor/field(_:)``, which reports a duplicate as an error.
public struct Node: Sendable, Hashable {
    /// The value, with its children for sequences and mappings.
    public var value: Value
    /// Line and column where the value starts; `nil` when the reader had no positions (json-c),
    /// in which case ``Document/location(of:)`` recovers them on demand.
    public var location: SourceLocation?
    /// The tag, boxed so that an untagged node (nearly all of them) spends one word on it.
    private var tagBox: NodeTag?

    /// An explicit YAML tag other than the core schema's (`!Ref`, `!GetAtt`), kept for the
    /// importers that give it meaning (CloudFormation); nil otherwise.
    public var tag: String? {
        get { tagBox?.name }
        set { tagBox = newValue.map(NodeTag.init) }
    }

    /// Makes a node from a value, where it starts and its explicit tag.
    public init(_ value: Value, at location: SourceLocation? = nil, tag: String? = nil) {
        self.value = value
        self.location = location
        self.tagBox = tag.map(NodeTag.init)
    }
}

/// A node's explicit tag, compared by name.
private final class NodeTag: Sendable, Hashable {
    let name: String

    init(_ name: String) {
        self.name = name
    }

    static func == (lhs: NodeTag, rhs: NodeTag) -> Bool {
        lhs.name == rhs.name
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(name)
    }
}

/// The value of a ``Node``.
public enum Value: Sendable, Hashable {
    /// JSON `null`, YAML `~`/`null`/empty.
    case null
    /// A boolean.
    case bool(Bool)
    /// An integer that fits 64 bits.
    case int(Int)
    /// Any other number.
    case double(Double)
    /// A string (every quoted or block YAML scalar, every CSV field).
    case string(String)
    /// An array or YAML sequence, in order.
    case sequence([Node])
    /// An object or YAML mapping, in order, duplicate keys kept.
    case mapping([MappingEntry])

    /// What kind of value this is, as a word for error messages (`a string`, `a mapping`).
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int: "an integer"
        case .double: "a number"
        case .string: "a string"
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }
}

/// One `key: value` entry of a mapping.
public struct MappingEntry: Sendable, Hashable {
    /// The key node (a string in JSON; any scalar in YAML).
    public var key: Node
    /// The value node.
    public var value: Node

    /// Makes an entry.
    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}

extension Node {
    /// The string if this node is a string scalar.
    public var stringValue: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The text of a scalar as it would be compared by policy engines (`true`, `42`, `x`), or nil
    /// for null and collections.
    public var scalarText: String? {
        switch value {
        case .string(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): number.description
        case .null, .sequence, .mapping: nil
        }
    }
}
