import Analysis
import Testing
@testable import Reports

/// GitHub's escaping: `%`, CR and LF in messages; also `:` and `,` in property values.
@Test func workflowCommandEscaping() {
    #expect(WorkflowCommand.escapedData("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b")
    #expect(WorkflowCommand.escapedProperty("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext%3A a%2Cb")
    let command = WorkflowCommand(name: "error", properties: [("file", "a,b:c.yml"), ("line", nil), ("title", "t: x")], message: "one\ntwo")
    #expect(command.line == "::error file=a%2Cb%3Ac.yml,title=t%3A x::one%0Atwo")
}

/// Every finding and input problem is one command line; nothing from the inputs can break a
/// command, start a new one, or colour the log.
@Test func githubReportIsOneCommandALine() {
    let output = GitHubReporter().render(SampleAudit.result)
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 5 + SampleAudit.findings.count + 1)
    #expect(lines.dropLast().allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
    #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    let hostile = lines.first { $0.contains("workflow-write-token") } ?? ""
    #expect(hostile.hasPrefix("::warning file=.github/workflows/re%2Clease%3A%25.yml,line=9,col=5,title="))
    #expect(hostile.components(separatedBy: "::").count == 3)
}

/// Critical and high are errors, medium warnings, low and info notices.
@Test func githubCommandNames() {
    #expect(Severity.allCases.map(GitHubReporter.commandName) == ["error", "error", "warning", "notice", "notice"])
}

/// The formats the CLI offers, by their `--format` names.
@Test func reportFormats() {
    #expect(ReportFormat.allCases.map(\.rawValue) == ["text", "json", "sarif", "markdown", "csv", "github"])
}
