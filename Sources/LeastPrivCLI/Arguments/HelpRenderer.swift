import Foundation

/// Renders `--help` text from a ``CommandSpec``, so every command's help has the same shape.
public enum HelpRenderer {
    /// The help of one command.
    public static func help(for spec: CommandSpec) -> String {
        var lines = ["OVERVIEW: \(spec.summary)", "", "USAGE: leastpriv \(spec.name) \(spec.usage)", ""]
        lines += wrap(spec.discussion, indent: "")
        if !spec.positionals.isEmpty {
            lines += ["", "ARGUMENTS:"]
            lines += table(spec.positionals.map { ($0.name, $0.help) })
        }
        let options = spec.options.map { option in
            ("--\(option.name)" + (option.valueName.map { " \($0)" } ?? ""), option.help + (option.repeatable ? " (repeatable)" : ""))
        } + [("-h, --help", "Show this help")]
        lines += ["", "OPTIONS:"]
        lines += table(options)
        if !spec.examples.isEmpty {
            lines += ["", "EXAMPLES:"]
            for example in spec.examples {
                lines.append("  # \(example.comment)")
                lines.append("  \(example.command)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Two columns, the second wrapped at 100 characters.
    static func table(_ rows: [(String, String)]) -> [String] {
        let width = min(28, (rows.map(\.0.count).max() ?? 0) + 2)
        var lines: [String] = []
        for (term, text) in rows {
            let indent = String(repeating: " ", count: width + 2)
            var wrapped = wrap(text, indent: indent, width: 100)
            let head = "  " + term
            if head.count < width + 2 {
                wrapped[0] = head + String(repeating: " ", count: width + 2 - head.count) + wrapped[0].dropFirst(indent.count)
            } else {
                wrapped.insert(head, at: 0)
            }
            lines += wrapped
        }
        return lines
    }

    /// Splits paragraphs (separated by blank lines) into lines of at most `width` characters.
    static func wrap(_ text: String, indent: String, width: Int = 100) -> [String] {
        var lines: [String] = []
        for paragraph in text.components(separatedBy: "\n\n") {
            if !lines.isEmpty { lines.append("") }
            var line = indent
            for word in paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                if line.count > indent.count && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = indent
                }
                line += (line.count > indent.count ? " " : "") + word
            }
            lines.append(line)
        }
        return lines
    }
}
