import Analysis

/// Turns an audit result into the text of one output format. Reporters only format: the result
/// arrives complete and sorted, and a reporter never analyses, filters or reorders findings.
public protocol Reporter: Sendable {
    /// The format this reporter writes.
    var format: ReportFormat { get }
    /// The whole report, ending with a newline. The same result always gives the same text.
    func render(_ result: AuditResult) -> String
}
