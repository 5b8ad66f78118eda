/// Makes text from the inputs inert in Markdown and HTML: control characters become visible
/// escapes (so a newline cannot end a table row), the characters that start Markdown markup
/// (`\` `` ` `` `*` `_` `[` `]` `|` `~` `#` `!`) get a backslash, and `<`, `>`, `&` become
/// entities, so a policy name can neither format the report nor inject HTML.
enum MarkdownText {
    /// `text` escaped for use anywhere inside a line: paragraph, list item or table cell.
    static func escaping(_ text: String) -> String {
        var output = ""
        for character in VisibleText.escaping(text) {
            switch character {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!": output += "\\\(character)"
            default: output.append(character)
            }
        }
        return output
    }
}
