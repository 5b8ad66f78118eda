import Analysis

/// One row per finding, RFC 4180 with a header and CRLF line ends:
/// `severity,check,slug,category,title,message,principal,capability,resource,file,line,column,pointer,fingerprint`.
/// The location columns are the primary location; absent values are empty fields. Every field
/// goes through ``CSVField`` (quoting and formula-injection protection).
public struct CSVReporter: Reporter {
    /// The header row's column names, in order.
    public static let columns = [
        "severity", "check", "slug", "category", "title", "message", "principal", "capability", "resource",
        "file", "line", "column", "pointer", "fingerprint",
    ]

    /// Makes the reporter.
    public init() {}

    public var format: ReportFormat { .csv }

    public func render(_ result: AuditResult) -> String {
        let rows = [Self.columns] + result.findings.map(row)
        return rows.map { $0.map(CSVField.encoded).joined(separator: ",") + "\r\n" }.joined()
    }

    private func row(_ finding: Finding) -> [String] {
        let location = finding.primaryLocation
        return [
            finding.severity.rawValue, finding.checkID, finding.checkSlug, finding.category.rawValue, finding.title,
            finding.message, finding.principal ?? "", finding.capability?.rawValue ?? "", finding.resource ?? "",
            location?.file ?? "", location?.line.map(String.init) ?? "", location?.column.map(String.init) ?? "",
            location?.pointer.description ?? "", finding.fingerprint,
        ]
    }
}
