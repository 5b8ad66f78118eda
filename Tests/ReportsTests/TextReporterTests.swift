import Analysis
import Foundation
import Testing
@testable import Reports

/// Control characters, line separators and bidi controls become visible escapes; other text,
/// including non-ASCII letters, is kept.
@Test func visibleTextEscapesControlCharacters() {
    let text = "a\u{1B}[2Jb\nc\r\t\u{0}\u{7F}\u{9B}\u{202E}\u{2028}\u{2066}é✓"
    #expect(VisibleText.escaping(text) == #"a\x1B[2Jb\nc\r\t\x00\x7F\x9B\u{202E}\u{2028}\u{2066}é✓"#)
    #expect(VisibleText.escaping(text, keepingLineBreaks: true) == "a\\x1B[2Jb\nc\r\t\\x00\\x7F\\x9B\\u{202E}\\u{2028}\\u{2066}é✓")
    #expect(VisibleText.escaping("plain `text` ─→") == "plain `text` ─→")
}

/// Without colour the text report holds no escape character at all, and hostile text cannot
/// start a line: the only lines that look like findings are the findings.
@Test func textReportHasNoEscapesWithoutColour() {
    let output = TextReporter(colour: false).render(SampleAudit.result)
    #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(!output.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{2028}" })
    let findingLines = output.split(separator: "\n").filter { line in
        Severity.allCases.contains { line.hasPrefix($0.rawValue.uppercased() + " ") }
    }
    #expect(findingLines.count == SampleAudit.findings.count)
    #expect(!output.contains("\nCRITICAL forged"))
}

/// With colour, every escape sequence in the output is one of the report's own styles: none
/// comes from the inputs.
@Test func textReportColoursOnlyItsOwnWords() {
    let output = TextReporter(colour: true).render(SampleAudit.result)
    let ownStyles = ["0", "1", "2", "31", "1;31", "32", "1;33", "33", "36", "1;36"].map { "\u{1B}[\($0)m" }
    var rest = Substring(output)
    var count = 0
    while let escape = rest.firstIndex(of: "\u{1B}") {
        let sequence = rest[escape...].prefix { $0 != "m" } + "m"
        #expect(ownStyles.contains(String(sequence)), "\(sequence.debugDescription)")
        rest = rest[rest.index(after: escape)...]
        count += 1
    }
    #expect(count > 0)
    #expect(output.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) == TextReporter(colour: false).render(SampleAudit.result))
}

/// The summary counts in words: singular and plural, non-zero severities only.
@Test func summaryLine() {
    #expect(AuditSummary.line(for: SampleAudit.clean) == "no findings in 1 input")
    #expect(AuditSummary.line(for: SampleAudit.result)
        == "5 findings (1 critical, 1 high, 1 medium, 1 low, 1 info) in 10 inputs; 1 suppressed; 1 warning; 1 input failed")
}
