/// A node in its document, with its JSON pointer: the way importers read a tree.
///
/// Every accessor checks the shape it expects and throws an ``InputError`` at the node's location
/// when the input differs, and every key lookup reports duplicate keys instead of choosing one.
public struct Cursor: Sendable {
    /// The document the node belongs to.
    public let document: Document
    /// The node.
    public let node: Node
    /// Its pointer from the document's root.
    public let pointer: JSONPointer
    /// Which document of the file, from 0.
    public let documentIndex: Int

    /// Makes a cursor.
    public init(document: Document, node: Node, pointer: JSONPointer, documentIndex: Int = 0) {
        self.document = document
        self.node = node
        self.pointer = pointer
        self.documentIndex = documentIndex
    }

    /// Where the node is: file, pointer, and line and column where known.
    public var location: FileLocation {
        document.location(of: pointer, node: node, documentIndex: documentIndex)
    }

    /// An error at this node.
    public func error(_ code: String, _ message: String, suggestion: String? = nil) -> InputError {
        InputError(code: code, message: message, location: location, suggestion: suggestion)
    }

    /// Whether the node is a mapping.
    public var isMapping: Bool {
        if case .mapping = node.value { return true }
        return false
    }

    /// Whether the node is null.
    public var isNull: Bool { node.value == .null }

    /// The mapping's entries keyed by their string keys, in order.
    ///
    /// Throws if the node is not a mapping, a key is not a string scalar, or a key appears twice.
    public func entries() throws(InputError) -> [(key: String, value: Cursor)] {
        guard case .mapping(let pairs) = node.value else {
            throw mismatch(expected: "a mapping")
        }
        var seen: [String: Int] = [:]
        var result: [(key: String, value: Cursor)] = []
        result.reserveCapacity(pairs.count)
        for (index, pair) in pairs.enumerated() {
            guard let key = pair.key.scalarText else {
                throw child(pair.key, at: pointer.appending(String(index)))
                    .mismatch(expected: "a scalar key")
            }
            if let first = seen[key] {
                let firstLine = pairs[first].key.location.map { " (first at line \($0.line))" } ?? ""
                throw child(pair.key, at: pointer.appending(key))
                    .error("input.duplicate-key", "duplicate key `\(key)`\(firstLine)")
            }
            seen[key] = index
            result.append((key, child(pair.value, at: pointer.appending(key))))
        }
        return result
    }

    /// The value under `key`, or nil when the mapping has no such key.
    ///
    /// Throws if the node is not a mapping or if the key appears more than once.
    public func field(_ key: String) throws(InputError) -> Cursor? {
        guard case .mapping(let pairs) = node.value else {
            throw mismatch(expected: "a mapping with key `\(key)`")
        }
        var found: Cursor?
        for pair in pairs where pair.key.scalarText == key {
            if found != nil {
                throw child(pair.key, at: pointer.appending(key))
                    .error("input.duplicate-key", "duplicate key `\(key)`")
            }
            found = child(pair.value, at: pointer.appending(key))
        }
        return found
    }

    /// The value under `key`; throws when it is missing, suggesting a near key.
    public func requiredField(_ key: String) throws(InputError) -> Cursor {
        if let value = try field(key) { return value }
        let keys: [String]
        if case .mapping(let pairs) = node.value { keys = pairs.compactMap(\.key.scalarText) } else { keys = [] }
        let suggestion = Suggestions.closest(to: key, among: keys).map { "did you mean `\($0)`?" }
        throw error("input.missing-key", "missing key `\(key)`", suggestion: suggestion)
    }

    /// The sequence's elements; throws if the node is not a sequence.
    public func elements() throws(InputError) -> [Cursor] {
        guard case .sequence(let items) = node.value else {
            throw mismatch(expected: "a sequence")
        }
        return items.enumerated().map { child($1, at: pointer.appending($0)) }
    }

    /// The elements of a sequence, or the node itself when it is a single value (the IAM
    /// "string or list of strings" shape).
    public func oneOrMany() -> [Cursor] {
        if case .sequence(let items) = node.value {
            return items.enumerated().map { child($1, at: pointer.appending($0)) }
        }
        return [self]
    }

    /// The string value; throws for any other kind.
    public func string() throws(InputError) -> String {
        guard case .string(let text) = node.value else {
            throw mismatch(expected: "a string")
        }
        return text
    }

    /// The text of a scalar (strings, numbers and booleans); throws for null and collections.
    public func scalarText() throws(InputError) -> String {
        guard let text = node.scalarText else {
            throw mismatch(expected: "a scalar")
        }
        return text
    }

    /// The boolean value; throws for any other kind.
    public func bool() throws(InputError) -> Bool {
        guard case .bool(let flag) = node.value else {
            throw mismatch(expected: "a boolean")
        }
        return flag
    }

    /// The integer value; throws for any other kind.
    public func int() throws(InputError) -> Int {
        guard case .int(let number) = node.value else {
            throw mismatch(expected: "an integer")
        }
        return number
    }

    /// A cursor on a child node.
    public func child(_ node: Node, at pointer: JSONPointer) -> Cursor {
        Cursor(document: document, node: node, pointer: pointer, documentIndex: documentIndex)
    }

    /// The error for a node of the wrong kind: `expected a string, found a mapping`.
    public func mismatch(expected: String) -> InputError {
        error("input.type", "expected \(expected), found \(node.value.kindDescription)")
    }
}
