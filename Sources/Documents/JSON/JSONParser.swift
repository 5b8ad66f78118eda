/// Strict RFC 8259 JSON with exact positions: the reader for files a person writes and a pull
/// request check annotates.
///
/// - Every node, mapping keys included, carries its line and column (columns in Unicode scalars).
/// - Duplicate keys are kept, in order, so that ``Cursor/field(_:)`` can report them.
/// - The text must be UTF-8 (a leading byte-order mark is skipped); comments, trailing commas,
///   `NaN`, `Infinity`, leading zeros, unescaped control characters and lone surrogates are
///   errors.
/// - An integer that fits `Int` becomes `.int`; a number with a fraction or exponent becomes
///   `.double`; an integer beyond 64 bits is the error `input.json.integer-range`, never a
///   rounded value.
/// - The parser is iterative (no recursion), so nesting is bounded only by
///   ``DocumentLimits/maximumDepth`` (`input.limit.depth`, reported at the bracket that crossed
///   it), never by the thread's stack.
public enum JSONParser {
    /// Parses one JSON text into a document with a single root.
    public static func parse(_ bytes: [UInt8], file: String, limits: DocumentLimits) throws(InputError) -> Document {
        let root = try bytes.withUnsafeBufferPointer { (buffer) throws(InputError) -> Node in
            var builder = JSONTreeBuilder(scanner: JSONScanner(bytes: buffer, file: file), limits: limits)
            return try builder.parseText()
        }
        return Document(file: file, syntax: .json, roots: [root])
    }
}

/// An open array or object whose children are appended in place; the arrays are moved out when
/// the container closes, so no element is ever copied twice.
private struct JSONContainerFrame {
    /// Whether this is an object (else an array).
    let isObject: Bool
    /// Where the container's bracket is.
    let location: SourceLocation
    /// The elements of an array.
    var elements: [Node] = []
    /// The members of an object.
    var entries: [MappingEntry] = []
    /// The key of the member whose value is being read.
    var pendingKey = Node(.null)
}

/// What the parser was doing when it wanted a value, for the error message.
private enum JSONValueContext {
    case topLevel, firstElement, nextElement, member(String)

    var expectation: String {
        switch self {
        case .topLevel: "a value"
        case .firstElement: "a value or `]`"
        case .nextElement: "a value after `,`"
        case .member(let key): "a value for key `\(key)`"
        }
    }
}

/// Builds the node tree from the scanner's tokens with an explicit stack of open containers.
private struct JSONTreeBuilder {
    var scanner: JSONScanner
    let limits: DocumentLimits

    mutating func parseText() throws(InputError) -> Node {
        var frames: [JSONContainerFrame] = []
        frames.reserveCapacity(32)
        var context = JSONValueContext.topLevel
        scanner.skipWhitespace()
        readingValues: while true {
            let location = scanner.location
            guard let byte = scanner.peek else {
                throw scanner.unexpected(expected: context.expectation)
            }
            var node: Node
            switch byte {
            case UInt8(ascii: "{"):
                try checkDepth(frames.count, at: location)
                scanner.index += 1
                scanner.skipWhitespace()
                if scanner.peek == UInt8(ascii: "}") {
                    scanner.index += 1
                    node = Node(.mapping([]), at: location)
                } else {
                    var frame = JSONContainerFrame(isObject: true, location: location)
                    frame.pendingKey = try scanKey(expected: "a string key or `}`")
                    context = .member(frame.pendingKey.stringValue ?? "")
                    frames.append(frame)
                    continue readingValues
                }
            case UInt8(ascii: "["):
                try checkDepth(frames.count, at: location)
                scanner.index += 1
                scanner.skipWhitespace()
                if scanner.peek == UInt8(ascii: "]") {
                    scanner.index += 1
                    node = Node(.sequence([]), at: location)
                } else {
                    frames.append(JSONContainerFrame(isObject: false, location: location))
                    context = .firstElement
                    continue readingValues
                }
            case UInt8(ascii: "\""):
                node = Node(.string(try scanner.scanString()), at: location)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                node = Node(try scanner.scanNumber(), at: location)
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                node = Node(try scanner.scanLiteral(), at: location)
            default:
                throw scanner.unexpected(expected: context.expectation)
            }
            // A value is complete: attach it to its container, closing containers that end here.
            while let top = frames.indices.last {
                scanner.skipWhitespace()
                if frames[top].isObject {
                    frames[top].entries.append(MappingEntry(key: frames[top].pendingKey, value: node))
                    switch scanner.peek {
                    case UInt8(ascii: ","):
                        scanner.index += 1
                        scanner.skipWhitespace()
                        frames[top].pendingKey = try scanKey(expected: "a string key after `,`")
                        context = .member(frames[top].pendingKey.stringValue ?? "")
                        continue readingValues
                    case UInt8(ascii: "}"):
                        scanner.index += 1
                        let frame = frames.removeLast()
                        node = Node(.mapping(frame.entries), at: frame.location)
                    default:
                        throw scanner.unexpected(expected: "`,` or `}` after an object member")
                    }
                } else {
                    frames[top].elements.append(node)
                    switch scanner.peek {
                    case UInt8(ascii: ","):
                        scanner.index += 1
                        scanner.skipWhitespace()
                        context = .nextElement
                        continue readingValues
                    case UInt8(ascii: "]"):
                        scanner.index += 1
                        let frame = frames.removeLast()
                        node = Node(.sequence(frame.elements), at: frame.location)
                    default:
                        throw scanner.unexpected(expected: "`,` or `]` after an array element")
                    }
                }
            }
            scanner.skipWhitespace()
            guard scanner.peek == nil else {
                throw scanner.unexpected(expected: "the end of the text after the top-level value")
            }
            return node
        }
    }

    /// Reads `"key"` and the `:` after it, leaving the scanner at the member's value.
    private mutating func scanKey(expected: String) throws(InputError) -> Node {
        let location = scanner.location
        guard scanner.peek == UInt8(ascii: "\"") else {
            throw scanner.unexpected(expected: expected)
        }
        let key = try scanner.scanString()
        scanner.skipWhitespace()
        guard scanner.peek == UInt8(ascii: ":") else {
            throw scanner.unexpected(expected: "`:` after the key `\(key)`")
        }
        scanner.index += 1
        scanner.skipWhitespace()
        return Node(.string(key), at: location)
    }

    /// Refuses to open a container past the depth limit.
    private func checkDepth(_ openContainers: Int, at location: SourceLocation) throws(InputError) {
        guard openContainers >= limits.maximumDepth else { return }
        throw DocumentLimitError.depth(limits.maximumDepth, file: scanner.file, at: location)
    }
}
