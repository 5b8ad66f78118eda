import Analysis

/// A Markdown report: the summary, a table of counts by severity, the inputs that failed or were
/// not read, a table of findings (severity, check, location, principal, message) and a details
/// section per finding with its path and fix.
///
/// All text from the inputs goes through ``MarkdownText``; every line the report writes starts
/// with the report's own markup, never with user text.
public struct MarkdownReporter: Reporter {
    /// Makes the reporter.
    public init() {}

    public var format: ReportFormat { .markdown }

    public func render(_ result: AuditResult) -> String {
        var lines = ["# leastpriv audit", "", AuditSummary.line(for: result), ""]
        lines += severityTable(result)
        lines += inputSection(result)
        if !result.findings.isEmpty {
            lines += findingsTable(result.findings)
            lines += ["## Details", ""]
            for (index, finding) in result.findings.enumerated() { lines += details(finding, number: index + 1) }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private func severityTable(_ result: AuditResult) -> [String] {
        var lines = ["| severity | findings |", "| --- | ---: |"]
        lines += result.countsBySeverity.map { "| \($0.severity.rawValue) | \($0.count) |" }
        lines.append("| **total** | **\(result.findings.count)** |")
        if !result.suppressed.isEmpty { lines.append("| suppressed | \(result.suppressed.count) |") }
        return lines + [""]
    }

    private func inputSection(_ result: AuditResult) -> [String] {
        let rows = InputNotice.all(in: result).map { notice in
            let detail = (notice.code.map { "[\($0)] " } ?? "") + notice.message
            return "| \(escape(LocationText.precise(notice.location))) | \(notice.level.rawValue) | \(escape(detail)) |"
        }
        guard !rows.isEmpty else { return [] }
        return ["## Inputs", "", "| input | level | detail |", "| --- | --- | --- |"] + rows + [""]
    }

    private func findingsTable(_ findings: [Finding]) -> [String] {
        var lines = ["## Findings", "", "| # | severity | check | location | principal | message |", "| ---: | --- | --- | --- | --- | --- |"]
        for (index, finding) in findings.enumerated() {
            let cells = [
                "\(index + 1)", finding.severity.rawValue, "\(escape(finding.checkID)) \(escape(finding.checkSlug))",
                location(finding), escape(finding.principal ?? ""), escape(finding.message),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines + [""]
    }

    private func details(_ finding: Finding, number: Int) -> [String] {
        var lines = [
            "### \(number). \(finding.severity.rawValue): \(escape(finding.title))", "",
            "- **Check:** \(escape(finding.checkID)) \(escape(finding.checkSlug)) (\(finding.category.rawValue))",
            "- **Message:** \(escape(finding.message))",
            "- **Location:** \(location(finding))",
        ]
        for extra in finding.locations.dropFirst() { lines.append("- **Also at:** \(escape(LocationText.precise(extra)))") }
        if let principal = finding.principal { lines.append("- **Principal:** \(escape(principal))") }
        if let capability = finding.capability { lines.append("- **Capability:** \(capability.rawValue) (\(capability.meaning))") }
        if let resource = finding.resource { lines.append("- **Resource:** \(escape(resource))") }
        lines.append("- **Fingerprint:** \(escape(finding.fingerprint))")
        if !finding.path.isEmpty {
            lines += ["", "**Path**", ""]
            lines += finding.path.enumerated().map { "\($0 + 1). " + PathStepText.line($1, escape: escape) }
        }
        lines += ["", "**Fix:** \(escape(finding.remediation))", ""]
        return lines
    }

    private func location(_ finding: Finding) -> String {
        finding.primaryLocation.map { escape(LocationText.precise($0)) } ?? "—"
    }

    private func escape(_ text: String) -> String {
        MarkdownText.escaping(text)
    }
}
