import Analysis
import Documents
import Reports

/// `leastpriv rules`: the check catalog.
enum RulesCommand: Command {
    /// The formats `rules` writes.
    enum Format: String, CaseIterable {
        case text, json
    }

    static let spec = CommandSpec(
        name: "rules",
        summary: "List every check with its id, severity and category",
        usage: "[--format text|json]",
        discussion: "Lists the checks leastpriv runs. `leastpriv explain ID` shows one in full, with its examples.",
        options: [.value("format", "F", "text or json (default: text)")],
        examples: [("leastpriv rules --format json", "the catalog for scripts")])

    static func run(_ arguments: ParsedArguments, session: Session) -> ExitCode {
        let console = session.console
        guard let format = OptionValues.choice(arguments.value("format") ?? "text", for: "format", as: Format.self, console: console) else {
            return .usage
        }
        let descriptions = CheckCatalog.descriptions
        switch format {
        case .text:
            console.write(table(descriptions))
        case .json:
            let checks = JSONValue.array(descriptions.map(CheckDescriptionJSON.value))
            console.write(JSONWriter().string(from: ["tool": ["name": "leastpriv", "version": .string(LeastPrivVersion.current)], "checks": checks]))
        }
        return .success
    }

    /// Aligned columns: id, severity, category, slug, title.
    static func table(_ descriptions: [CheckDescription]) -> String {
        let rows = [["ID", "SEVERITY", "CATEGORY", "SLUG", "TITLE"]]
            + descriptions.map { [$0.id, $0.severity.rawValue, $0.category.rawValue, $0.slug, $0.title] }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            (0..<4).map { row[$0].padding(toLength: widths[$0] + 2, withPad: " ", startingAt: 0) }.joined() + row[4]
        }.joined(separator: "\n") + "\n"
    }
}

/// `leastpriv explain ID`: one check in full.
enum ExplainCommand: Command {
    static let spec = CommandSpec(
        name: "explain",
        summary: "Show one check in full: why it matters, how to fix it, and examples",
        usage: "ID",
        discussion: "ID is a check id (`LP0001`) or slug (`expired-suppression`). In the examples, ⚑ marks where the finding points.",
        positionals: [PositionalSpec("ID", "The check's id or slug")],
        positionalCount: (1, 1),
        examples: [("leastpriv explain LP0001", "why expired suppressions are reported")])

    static func run(_ arguments: ParsedArguments, session: Session) -> ExitCode {
        let console = session.console
        let name = arguments.positionals[0]
        guard let check = CheckCatalog.check(named: name) else {
            let names = CheckCatalog.names.flatMap { [$0.id, $0.slug] }
            let near = Suggestions.closest(to: name, among: names).map { " (did you mean `\($0)`?)" } ?? ""
            console.reportUsageError("unknown check `\(name)`\(near); `leastpriv rules` lists them")
            return .usage
        }
        console.write(CheckExplanation.text(check.description))
        return .success
    }
}
