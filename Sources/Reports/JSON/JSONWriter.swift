/// Serialises a ``JSONValue`` deterministically: members in the order given, integers exact,
/// doubles in the shortest form that reads back to the same value.
///
/// Strings escape `"` and `\`, every control character (C0, DEL and C1) as `\u00XX`,
/// U+2028 / U+2029 (which end lines in JavaScript) and the bidirectional formatting characters
/// (which reorder text on screen) as `\uXXXX`, so output is safe to embed and to print.
/// Non-finite doubles have no JSON form and are written as `null`.
public struct JSONWriter: Sendable {
    /// The layout.
    public enum Style: Sendable {
        /// Two-space indentation, one member or element a line, `"key": value`.
        case pretty
        /// No whitespace at all.
        case compact
    }

    /// The layout this writer uses.
    public var style: Style

    /// Makes a writer.
    public init(style: Style = .pretty) {
        self.style = style
    }

    /// The text of `value`, without a final newline.
    public func string(from value: JSONValue) -> String {
        var output = ""
        write(value, depth: 0, into: &output)
        return output
    }

    private func write(_ value: JSONValue, depth: Int, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let integer): output += String(integer)
        case .double(let number): output += Self.number(number)
        case .string(let text): Self.appendQuoted(text, to: &output)
        case .array(let elements):
            writeContainer(open: "[", close: "]", count: elements.count, depth: depth, into: &output) { index, output in
                write(elements[index], depth: depth + 1, into: &output)
            }
        case .object(let members):
            writeContainer(open: "{", close: "}", count: members.count, depth: depth, into: &output) { index, output in
                Self.appendQuoted(members[index].key, to: &output)
                output += style == .pretty ? ": " : ":"
                write(members[index].value, depth: depth + 1, into: &output)
            }
        }
    }

    private func writeContainer(
        open: String, close: String, count: Int, depth: Int, into output: inout String,
        element: (Int, inout String) -> Void
    ) {
        output += open
        guard count > 0 else {
            output += close
            return
        }
        for index in 0..<count {
            if index > 0 { output += "," }
            newline(depth: depth + 1, into: &output)
            element(index, &output)
        }
        newline(depth: depth, into: &output)
        output += close
    }

    private func newline(depth: Int, into output: inout String) {
        guard style == .pretty else { return }
        output += "\n"
        output += String(repeating: "  ", count: depth)
    }

    /// The shortest text that reads back to `number` (Swift's own round-trip printing, which is
    /// valid JSON for finite values: `0.1`, `1e-07`, `1e+21`, `-0.0`).
    static func number(_ number: Double) -> String {
        number.isFinite ? number.description : "null"
    }

    /// Appends `text` as a quoted, escaped JSON string.
    static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}": output += unicodeEscape(scalar)
            case _ where scalar.reordersOrBreaksText: output += unicodeEscape(scalar)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
