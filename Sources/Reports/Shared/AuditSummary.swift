import Analysis

/// The one-line summary every human format ends or starts with:
/// `3 findings (1 critical, 2 high) in 12 inputs; 1 suppressed; 1 input failed`.
enum AuditSummary {
    /// The summary of `result` (only counts and fixed words, nothing from the inputs).
    static func line(for result: AuditResult) -> String {
        let findings = result.findings.count
        var text = findings == 0 ? "no findings" : counted(findings, "finding")
        let nonZero = result.countsBySeverity.filter { $0.count > 0 }
        if !nonZero.isEmpty {
            text += " (" + nonZero.map { "\($0.count) \($0.severity.rawValue)" }.joined(separator: ", ") + ")"
        }
        text += " in " + counted(result.inputs.count, "input")
        if !result.suppressed.isEmpty { text += "; \(result.suppressed.count) suppressed" }
        if !result.warnings.isEmpty { text += "; " + counted(result.warnings.count, "warning") }
        let failed = result.inputs.filter { $0.status == .error }.count
        if failed > 0 { text += "; " + counted(failed, "input") + " failed" }
        return text
    }

    /// `1 input`, `2 inputs`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
