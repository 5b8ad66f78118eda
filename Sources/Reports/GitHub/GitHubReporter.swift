import Analysis
import Documents

/// GitHub Actions annotations: one workflow command per finding (`::error` for critical and
/// high, `::warning` for medium, `::notice` for low and info) whose message carries the path and
/// the fix on further lines; input errors as `::error`, warnings as `::warning`, inputs not read
/// as `::notice`; then the summary as a plain log line.
///
/// Text from the inputs has its control characters made visible (``VisibleText``) before the
/// workflow-command escaping, so it can neither break a command nor colour the log.
public struct GitHubReporter: Reporter {
    /// Makes the reporter.
    public init() {}

    public var format: ReportFormat { .github }

    public func render(_ result: AuditResult) -> String {
        var lines = inputCommands(result).map(\.line)
        lines += result.findings.map { command(for: $0).line }
        lines.append(AuditSummary.line(for: result))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The command name for a severity.
    static func commandName(_ severity: Severity) -> String {
        switch severity {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low, .info: "notice"
        }
    }

    private func command(for finding: Finding) -> WorkflowCommand {
        var message = [visible(finding.message)]
        message += finding.path.map { "  " + PathStepText.line($0, escape: visible) }
        if !finding.remediation.isEmpty { message.append("fix: " + visible(finding.remediation)) }
        let title = "\(finding.checkID) \(finding.checkSlug): \(finding.title)"
        return WorkflowCommand(
            name: Self.commandName(finding.severity),
            properties: placeProperties(finding.primaryLocation) + [("title", visible(title))],
            message: message.joined(separator: "\n"))
    }

    private func inputCommands(_ result: AuditResult) -> [WorkflowCommand] {
        InputNotice.all(in: result).map { notice in
            let name = switch notice.level {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
            return WorkflowCommand(
                name: name, properties: placeProperties(notice.location) + [("title", visible(notice.code ?? "leastpriv input"))],
                message: visible(notice.message))
        }
    }

    private func placeProperties(_ location: FileLocation?) -> [(key: String, value: String?)] {
        [
            ("file", location.map { visible($0.file) }),
            ("line", location?.line.map(String.init)),
            ("col", location?.column.map(String.init)),
        ]
    }

    private func visible(_ text: String) -> String {
        VisibleText.escaping(text)
    }
}
