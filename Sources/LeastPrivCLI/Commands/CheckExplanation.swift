import Analysis

/// The plain-text form of a check's description, as `explain` prints it.
enum CheckExplanation {
    /// The description with its examples.
    static func text(_ description: CheckDescription) -> String {
        var lines = [
            "\(description.id) \(description.slug): \(description.title)",
            "category: \(description.category.rawValue)   severity: \(description.severity.rawValue)",
            "",
        ]
        lines += HelpRenderer.wrap(description.rationale, indent: "")
        lines += ["", "Fix:"]
        lines += HelpRenderer.wrap(description.remediation, indent: "  ")
        for (title, examples) in [("Triggers on", description.triggering), ("Does not trigger on", description.nonTriggering)] {
            for example in examples {
                for file in example.files {
                    lines += ["", "\(title) (\(file.name)):"]
                    lines += file.content.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
