/// Makes attacker-controlled text safe to show: every character that could move the cursor,
/// start a terminal escape sequence, break a line or reorder text is replaced by a visible
/// escape, so nothing in an input can fake or hide a line of a report.
///
/// `\n`, `\r` and `\t` become `\n`, `\r` and `\t`; other C0 controls, DEL and C1 controls become
/// `\xHH` (so ESC is `\x1B`); line and paragraph separators and bidirectional formatting
/// characters become `\u{HHHH}`. Everything else is kept as it is.
public enum VisibleText {
    /// `text` with its control characters made visible. With `keepingLineBreaks`, `\n`, `\r` and
    /// `\t` are kept (for formats such as CSV that quote them); everything else is still escaped.
    public static func escaping(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks: keepingLineBreaks) }) else {
            return text
        }
        var output = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingLineBreaks: keepingLineBreaks) {
                output += escape(scalar)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F: true
        default: scalar.reordersOrBreaksText
        }
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            if scalar.value <= 0xFF { return "\\x" + (hex.count < 2 ? "0" : "") + hex }
            return "\\u{" + hex + "}"
        }
    }
}
