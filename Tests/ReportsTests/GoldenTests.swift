import Analysis
import Testing
@testable import Reports

/// The golden files are the documentation of the formats: every reporter's output for the
/// sample audit, byte for byte.
@Test(arguments: [
    (ReportFormat.text, false, "audit.txt"),
    (.text, true, "audit.color.txt"),
    (.json, false, "audit.json"),
    (.sarif, false, "audit.sarif"),
    (.markdown, false, "audit.md"),
    (.csv, false, "audit.csv"),
    (.github, false, "audit.github.txt"),
])
func reportMatchesGolden(format: ReportFormat, colour: Bool, file: String) throws {
    try Golden.expect(format.reporter(colour: colour).render(SampleAudit.result), matches: file)
}

/// With no findings every format still says what it read.
@Test(arguments: ReportFormat.allCases)
func cleanReportMatchesGolden(format: ReportFormat) throws {
    try Golden.expect(format.reporter().render(SampleAudit.clean), matches: "clean.\(fileExtension(format))")
}

/// The file name extension of a format's golden file.
private func fileExtension(_ format: ReportFormat) -> String {
    switch format {
    case .text: "txt"
    case .json: "json"
    case .sarif: "sarif"
    case .markdown: "md"
    case .csv: "csv"
    case .github: "github.txt"
    }
}

/// The sample arrives the way the pipeline hands it over: in report order.
@Test func sampleFindingsAreInReportOrder() {
    #expect(SampleAudit.findings == SampleAudit.findings.sorted(by: Finding.reportOrder))
}

/// Rendering twice gives the same bytes, for every format.
@Test(arguments: ReportFormat.allCases)
func renderingIsDeterministic(format: ReportFormat) {
    let reporter = format.reporter(colour: true)
    #expect(reporter.render(SampleAudit.result) == reporter.render(SampleAudit.result))
    #expect(reporter.format == format)
}
