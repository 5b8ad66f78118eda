import Testing
@testable import Reports

/// Markup characters get a backslash, HTML characters become entities, control characters
/// become visible: nothing in the text formats the report.
@Test func markdownEscaping() {
    #expect(MarkdownText.escaping(##"a|b `c` *d* _e_ [f](g) <h> & \ ~ # !"##)
        == ##"a\|b \`c\` \*d\* \_e\_ \[f\](g) &lt;h&gt; &amp; \\ \~ \# \!"##)
    #expect(MarkdownText.escaping("x\ny\u{1B}[2J") == #"x\\ny\\x1B\[2J"#)
}

/// The hostile finding stays inside its table row and injects no HTML.
@Test func markdownReportContainsHostileText() {
    let output = MarkdownReporter().render(SampleAudit.result)
    #expect(!output.contains("<script"))
    #expect(!output.contains("\u{1B}"))
    let rows = output.split(separator: "\n").filter { $0.hasPrefix("| 3 | medium |") }
    #expect(rows.count == 1)
    let row = rows.first.map(String.init) ?? ""
    let unescapedPipes = zip(row, " " + row).filter { $0 == "|" && $1 != "\\" }.count
    #expect(unescapedPipes == 7)
    #expect(output.hasSuffix(".\n") && !output.hasSuffix("\n\n"))
}
