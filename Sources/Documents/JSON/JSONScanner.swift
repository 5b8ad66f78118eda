/// Reads the tokens of RFC 8259 JSON from UTF-8 bytes while keeping the exact line and column.
///
/// The column is the byte distance from the line's start minus the UTF-8 continuation bytes met
/// on the line so far, which is exact because multi-byte characters can only appear inside
/// strings, and strings are scanned (and their continuation bytes counted) before the next token.
struct JSONScanner {
    /// The whole text.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The file named in errors.
    let file: String
    /// The next byte to read.
    var index: Int
    /// The current line, from 1.
    var line = 1
    /// Where the current line starts.
    var lineStart: Int
    /// UTF-8 continuation bytes seen on the current line before `index`.
    var lineContinuationBytes = 0
    /// Reused buffer for strings with escapes.
    private var scratch: [UInt8] = []

    /// A scanner positioned at the start of the content (after a byte-order mark).
    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        self.index = TextPosition.contentStart(bytes)
        self.lineStart = index
    }

    /// A scanner positioned at `offset` whose positions are not tracked (for look-ups).
    init(bytes: UnsafeBufferPointer<UInt8>, file: String, offset: Int) {
        self.bytes = bytes
        self.file = file
        self.index = offset
        self.lineStart = offset
    }

    /// The line and column of the next byte.
    var location: SourceLocation {
        SourceLocation(line: line, column: index - lineStart - lineContinuationBytes + 1)
    }

    /// The next byte, or nil at the end.
    @inline(__always)
    var peek: UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    /// Skips spaces, tabs and line breaks, counting lines.
    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09:
                index += 1
            case 0x0A:
                index += 1
                startLine()
            case 0x0D:
                index += 1
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
                startLine()
            default:
                return
            }
        }
    }

    private mutating func startLine() {
        line += 1
        lineStart = index
        lineContinuationBytes = 0
    }

    // MARK: Strings

    /// Reads the string whose opening quote is at `index`, decoding escapes and validating UTF-8.
    mutating func scanString() throws(InputError) -> String {
        let open = index
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            index += 1
        }
        return try scanStringSlowly(open: open, start: start)
    }

    /// The rest of a string that has escapes, non-ASCII characters or an error.
    private mutating func scanStringSlowly(open: Int, start: Int) throws(InputError) -> String {
        let openLocation = SourceLocation(line: line, column: open - lineStart - lineContinuationBytes + 1)
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                let text: String
                if escaped {
                    text = String(decoding: scratch, as: UTF8.self)
                } else {
                    text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                }
                index += 1
                return text
            case UInt8(ascii: "\\"):
                if !escaped {
                    escaped = true
                    scratch.removeAll(keepingCapacity: true)
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                }
                try scanEscape()
            case 0x0A, 0x0D:
                throw syntaxError("expected `\"` to close the string that starts at \(openLocation), found a line break")
            case 0x00..<0x20:
                throw syntaxError("control character \(TextPosition.scalarName(UInt32(byte))) must be escaped in a string")
            case 0x80...:
                guard let length = TextPosition.utf8SequenceLength(at: index, in: bytes) else {
                    throw encodingError(at: index)
                }
                if escaped { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)])) }
                index += length
                lineContinuationBytes += length - 1
            default:
                if escaped { scratch.append(byte) }
                index += 1
            }
        }
        throw syntaxError("expected `\"` to close the string that starts at \(openLocation), found end of file")
    }

    /// Decodes the escape whose backslash is at `index` into `scratch`.
    private mutating func scanEscape() throws(InputError) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else {
            throw syntaxError("expected an escape character after `\\`, found end of file")
        }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(byte)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try scanHexQuad(escapeStart: escapeStart)
            if (0xD800...0xDBFF).contains(scalar) {
                let low = index + 1 < bytes.count && bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "u")
                    ? try peekHexQuad(at: index + 2) : nil
                guard let low, (0xDC00...0xDFFF).contains(low) else {
                    index = escapeStart
                    throw syntaxError("lone surrogate `\(escapeText(at: escapeStart))`: a high surrogate must be followed by a `\\u` low surrogate")
                }
                index += 6
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                index = escapeStart
                throw syntaxError("lone surrogate `\(escapeText(at: escapeStart))`: a low surrogate must follow a high surrogate")
            }
            scratch.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
        default:
            index = escapeStart
            throw syntaxError("invalid escape `\(escapeText(at: escapeStart))`: expected one of `\\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` or `\\u` with four hex digits")
        }
    }

    /// Reads the four hex digits after `\u`.
    private mutating func scanHexQuad(escapeStart: Int) throws(InputError) -> UInt32 {
        guard let value = try peekHexQuad(at: index) else {
            index = escapeStart
            throw syntaxError("invalid escape `\(escapeText(at: escapeStart))`: expected four hex digits after `\\u`")
        }
        index += 4
        return value
    }

    /// The value of four hex digits at `offset`, or nil when they are not all there.
    private func peekHexQuad(at offset: Int) throws(InputError) -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for position in offset..<(offset + 4) {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The text of an escape for messages: `\x` or `\uD800`, cut at a quote or the end.
    private func escapeText(at offset: Int) -> String {
        var end = offset + 1
        let limit = min(bytes.count, offset + (offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "u") ? 6 : 2))
        while end < limit, bytes[end] != UInt8(ascii: "\""), bytes[end] >= 0x20, bytes[end] < 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
    }

    // MARK: Numbers and literals

    /// Reads the number at `index`: an integer that fits `Int` becomes `.int`, any number with a
    /// fraction or exponent `.double`; an integer outside 64 bits or a non-finite number is an
    /// error, never a rounded or clamped value.
    mutating func scanNumber() throws(InputError) -> Value {
        let start = index
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw invalidNumber(start, "expected a digit after `-`")
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                throw invalidNumber(start, "leading zeros are not allowed")
            }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let integerEnd = index
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw invalidNumber(start, "expected a digit after `.`")
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            isInteger = false
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw invalidNumber(start, "expected a digit in the exponent")
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            isInteger = false
        }
        if index < bytes.count, TextPosition.isWordByte(bytes[index]) {
            throw invalidNumber(start, "expected a delimiter after the number")
        }
        if isInteger {
            var value = 0
            var overflow = false
            for position in (negative ? start + 1 : start)..<integerEnd {
                let digit = Int(bytes[position] - UInt8(ascii: "0"))
                let (shifted, overflowed) = value.multipliedReportingOverflow(by: 10)
                let (next, overflowedAgain) = negative
                    ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
                value = next
                overflow = overflow || overflowed || overflowedAgain
            }
            guard !overflow else {
                index = start
                throw InputError(
                    code: "input.json.integer-range",
                    message: "integer `\(text(start..<integerEnd))` does not fit in 64 bits",
                    location: FileLocation(file: file, position: location))
            }
            return .int(value)
        }
        let literal = text(start..<index)
        guard let value = Double(literal), value.isFinite else {
            index = start
            throw InputError(
                code: "input.json.number-range",
                message: "number `\(literal)` is too large for a 64-bit floating-point value",
                location: FileLocation(file: file, position: location))
        }
        return .double(value)
    }

    /// Reads `true`, `false` or `null` at `index`.
    mutating func scanLiteral() throws(InputError) -> Value {
        let (word, value): (StaticString, Value) = switch bytes[index] {
        case UInt8(ascii: "t"): ("true", .bool(true))
        case UInt8(ascii: "f"): ("false", .bool(false))
        default: ("null", .null)
        }
        let end = index + word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard end <= bytes.count, bytes[index..<end].elementsEqual(expected),
              end == bytes.count || !TextPosition.isWordByte(bytes[end]) else {
            throw syntaxError("expected a value, found \(TextPosition.describeByte(at: index, in: bytes))")
        }
        index = end
        return value
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private mutating func invalidNumber(_ start: Int, _ reason: String) -> InputError {
        var end = start
        while end < bytes.count, end - start < 40, TextPosition.isWordByte(bytes[end]) { end += 1 }
        let literal = text(start..<end)
        index = start
        return syntaxError("invalid number `\(literal)`: \(reason)")
    }

    // MARK: Errors

    /// A syntax error at the current position.
    func syntaxError(_ message: String) -> InputError {
        InputError(code: "input.json.syntax", message: message, location: FileLocation(file: file, position: location))
    }

    /// The error for finding the byte at `index` where something else was expected: an encoding
    /// error when the byte is not UTF-8, a syntax error otherwise.
    func unexpected(expected: String) -> InputError {
        if index < bytes.count, bytes[index] >= 0x80, TextPosition.utf8SequenceLength(at: index, in: bytes) == nil {
            return encodingError(at: index)
        }
        return syntaxError("expected \(expected), found \(TextPosition.describeByte(at: index, in: bytes))")
    }

    /// An invalid UTF-8 byte at `offset` (on the current line).
    func encodingError(at offset: Int) -> InputError {
        let position = SourceLocation(line: line, column: offset - lineStart - lineContinuationBytes + 1)
        return InputError(
            code: "input.json.encoding",
            message: "invalid utf-8 byte \(TextPosition.hexByte(bytes[offset])): json text must be utf-8",
            location: FileLocation(file: file, position: position))
    }
}
