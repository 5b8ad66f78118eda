import Analysis

/// Human output for a terminal: inputs that failed or were not read, then one block per finding
/// (`SEVERITY file:line:col [LP0001 slug] message`, its path hops and the fix), then a summary.
///
/// Everything that comes from the inputs passes through ``VisibleText`` so that no policy name
/// or message can move the cursor, colour the terminal or fake a line.
public struct TextReporter: Reporter {
    /// Whether to style the output with ANSI colours (the CLI decides: a TTY, no `NO_COLOR`).
    public var colour: Bool

    /// Makes the reporter.
    public init(colour: Bool) {
        self.colour = colour
    }

    public var format: ReportFormat { .text }

    public func render(_ result: AuditResult) -> String {
        var lines = inputLines(result)
        if !lines.isEmpty { lines.append("") }
        for finding in result.findings {
            lines += findingLines(finding)
            lines.append("")
        }
        lines.append(style(.bold, AuditSummary.line(for: result)))
        return lines.joined(separator: "\n") + "\n"
    }

    private func inputLines(_ result: AuditResult) -> [String] {
        InputNotice.all(in: result).map { notice in
            let label = switch notice.level {
            case .error: style(.boldRed, "error:")
            case .warning: style(.boldYellow, "warning:")
            case .note: style(.boldCyan, "note:")
            }
            let code = notice.code.map { " [\(escape($0))]" } ?? ""
            return "\(escape(notice.location.description)): \(label)\(code) \(escape(notice.message))"
        }
    }

    private func findingLines(_ finding: Finding) -> [String] {
        let place = finding.primaryLocation.map { escape(LocationText.precise($0)) } ?? "<no location>"
        let check = style(.dim, "[\(escape(finding.checkID)) \(escape(finding.checkSlug))]")
        var lines = ["\(style(ANSIStyle(finding.severity), finding.severity.rawValue.uppercased())) \(place) \(check) \(escape(finding.message))"]
        lines += finding.path.map { "  " + PathStepText.line($0, escape: escape) }
        if !finding.remediation.isEmpty {
            lines.append("  \(style(.green, "fix:")) \(escape(finding.remediation))")
        }
        return lines
    }

    private func escape(_ text: String) -> String {
        VisibleText.escaping(text)
    }

    private func style(_ style: ANSIStyle, _ text: String) -> String {
        colour ? style.apply(to: text) : text
    }
}
