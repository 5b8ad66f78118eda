/// One CSV field, RFC 4180 and safe to open in a spreadsheet.
///
/// A value starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` so
/// that no spreadsheet reads it as a formula; control characters other than line breaks and
/// tabs are made visible (``VisibleText``); a value holding `,`, `"`, CR or LF is quoted, with
/// `"` doubled.
enum CSVField {
    /// The characters that make a spreadsheet treat a cell as a formula.
    static let formulaStarters: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `value` as a field.
    static func encoded(_ value: String) -> String {
        var text = VisibleText.escaping(value, keepingLineBreaks: true)
        if let first = text.unicodeScalars.first, formulaStarters.contains(Character(first)) { text = "'" + text }
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
