/// Recovers the line and column of a JSON pointer's value from the raw text, for trees that a
/// reader built without positions (``JSONCReader``).
///
/// Each look-up walks the text from the start, descending only into the containers the pointer
/// names and skipping every other value without decoding it (string-aware, so brackets inside
/// strings do not count). It costs one pass over at most the whole text, which is fine for the
/// few values that carry findings. When an object repeats a key, the pointer names the *last*
/// occurrence, as json-c keeps the last value.
struct JSONPositionLocator: PositionLocating {
    /// The JSON text.
    let bytes: [UInt8]

    /// The line and column where the value named by `pointer` starts.
    func position(of pointer: JSONPointer) -> SourceLocation? {
        guard let offset = valueOffset(of: pointer) else { return nil }
        return TextPosition.location(ofByte: offset, in: bytes)
    }

    /// The byte offset where the value named by `pointer` starts, or nil if it names nothing.
    func valueOffset(of pointer: JSONPointer) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var walker = JSONTextWalker(bytes: buffer, index: TextPosition.contentStart(buffer))
            walker.skipWhitespace()
            for token in pointer.tokens {
                switch walker.peek {
                case UInt8(ascii: "{"):
                    guard let offset = walker.lastMemberValue(named: token) else { return nil }
                    walker.index = offset
                case UInt8(ascii: "["):
                    guard let position = Self.arrayIndex(token), let offset = walker.element(at: position) else { return nil }
                    walker.index = offset
                default:
                    return nil
                }
            }
            return walker.index < buffer.count ? walker.index : nil
        }
    }

    /// An RFC 6901 array index: `0` or digits without a leading zero.
    private static func arrayIndex(_ token: String) -> Int? {
        guard let value = Int(token), value >= 0, String(value) == token else { return nil }
        return value
    }
}

/// Moves over JSON text that json-c has already accepted, without building anything.
private struct JSONTextWalker {
    let bytes: UnsafeBufferPointer<UInt8>
    var index: Int

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipWhitespace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
    }

    /// Moves past the string whose opening quote is at `index`.
    mutating func skipString() {
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): index += 1; return
            default: index += 1
            }
        }
    }

    /// Moves past the value starting at `index`, nested containers included.
    mutating func skipValue() {
        var depth = 0
        repeat {
            guard index < bytes.count else { return }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                skipString()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                index += 1
            case UInt8(ascii: ","), UInt8(ascii: ":"), 0x20, 0x0A, 0x0D, 0x09:
                index += 1
            default:
                let start = index
                while index < bytes.count, TextPosition.isWordByte(bytes[index]) { index += 1 }
                if index == start { index += 1 }
            }
        } while depth > 0
    }

    /// The offset of the value of the last member named `name` in the object at `index`.
    mutating func lastMemberValue(named name: String) -> Int? {
        index += 1
        skipWhitespace()
        var found: Int?
        while peek == UInt8(ascii: "\"") {
            var scanner = JSONScanner(bytes: bytes, file: "", offset: index)
            guard let key = try? scanner.scanString() else { return nil }
            index = scanner.index
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else { return nil }
            index += 1
            skipWhitespace()
            if key.utf8.elementsEqual(name.utf8) { found = index }
            skipValue()
            skipWhitespace()
            guard peek == UInt8(ascii: ",") else { break }
            index += 1
            skipWhitespace()
        }
        return found
    }

    /// The offset of element `position` of the array at `index`.
    mutating func element(at position: Int) -> Int? {
        index += 1
        skipWhitespace()
        guard peek != UInt8(ascii: "]") else { return nil }
        for _ in 0..<position {
            skipValue()
            skipWhitespace()
            guard peek == UInt8(ascii: ",") else { return nil }
            index += 1
            skipWhitespace()
        }
        return index
    }
}
