/// The formats `audit` and `check` can write (`--format`). The review report's HTML is made
/// elsewhere and is not one of them.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// Human output for a terminal.
    case text
    /// The DESIGN §7 audit JSON contract.
    case json
    /// SARIF 2.1.0, for code-scanning tools.
    case sarif
    /// A Markdown report (pull-request comments, wikis).
    case markdown
    /// One finding a row, RFC 4180, safe to open in a spreadsheet.
    case csv
    /// GitHub Actions workflow-command annotations.
    case github

    /// The reporter for this format. `colour` only matters for `text`; the CLI decides it from
    /// the terminal and `NO_COLOR`.
    public func reporter(colour: Bool = false) -> any Reporter {
        switch self {
        case .text: TextReporter(colour: colour)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .markdown: MarkdownReporter()
        case .csv: CSVReporter()
        case .github: GitHubReporter()
        }
    }
}
