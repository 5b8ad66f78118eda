import Analysis

/// `docs/checks.md`: the check catalog as Markdown, made from the checks' own descriptions so
/// that the documentation and the code cannot drift (a test compares the file with this output).
public enum CheckCatalogDocument {
    /// The whole document.
    public static func markdown(_ descriptions: [CheckDescription]) -> String {
        var lines = [
            "# Checks",
            "",
            "<!-- Generated from the checks' descriptions by `CheckCatalogDocument`; do not edit by hand.",
            "     Regenerate with `UPDATE_GOLDENS=1 swift test --filter CheckCatalogDocumentTests`. -->",
            "",
            "Every check has a stable id (never reused), a slug, a category and a default severity.",
            "`leastpriv rules` lists them and `leastpriv explain ID` prints one. In the examples, `⚑` marks",
            "where the finding points; the test suite runs every example.",
            "",
            "| id | slug | category | severity | title |",
            "| --- | --- | --- | --- | --- |",
        ]
        lines += descriptions.map { "| [\($0.id)](#\($0.id.lowercased())) | `\($0.slug)` | \($0.category.rawValue) | \($0.severity.rawValue) | \($0.title) |" }
        for description in descriptions {
            lines += [
                "",
                "## \(description.id)",
                "",
                "**\(description.title)** — `\(description.slug)`, \(description.category.rawValue), \(description.severity.rawValue)",
                "",
                description.rationale,
                "",
                "**Fix:** \(description.remediation)",
            ]
            lines += examples("Triggers on", description.triggering)
            lines += examples("Does not trigger on", description.nonTriggering)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func examples(_ heading: String, _ examples: [CheckExample]) -> [String] {
        var lines: [String] = []
        for example in examples {
            for file in example.files {
                let fence = file.content.contains("```") ? "~~~~" : "```"
                let language = file.name.hasSuffix(".json") ? "json" : (file.name.hasSuffix(".yml") || file.name.hasSuffix(".yaml") ? "yaml" : "")
                lines += ["", "\(heading) `\(file.name)`:", "", fence + language, file.content, fence]
            }
        }
        return lines
    }
}
