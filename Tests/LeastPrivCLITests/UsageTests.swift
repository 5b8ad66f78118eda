import Testing
@testable import LeastPrivCLI

/// Usage errors exit 2 with a one-line error and a pointer to `--help`.
struct UsageTests {
    @Test(arguments: [
        (["audt"], "leastpriv: error: unknown command `audt` (did you mean `audit`?)"),
        (["audit", "--formt", "json"], "leastpriv: error: unknown option `--formt` for `audit` (did you mean `--format`?)"),
        (["audit", "--format", "jsn"], "leastpriv: error: unknown value `jsn` for `--format`; expected one of text, json, sarif, markdown, csv, github; did you mean `json`?"),
        (["audit", "--fail-on", "severe"], "leastpriv: error: unknown value `severe` for `--fail-on`; expected one of critical, high, medium, low, info"),
        (["audit", "--format"], "leastpriv: error: `--format` needs a value F"),
        (["audit", "--format", "json", "--format", "text"], "leastpriv: error: `--format` given more than once"),
        (["audit", "--strict=yes"], "leastpriv: error: `--strict` takes no value"),
        (["audit", "-f"], "leastpriv: error: unknown option `-f`; options are spelt in full, like `--format`"),
        (["can", "alice", "s3:GetObject"], "leastpriv: error: `can` needs RESOURCE"),
        (["explain", "LP0001", "LP0002"], "leastpriv: error: unexpected argument `LP0002` for `explain`"),
        (["explain", "LP0002"], "leastpriv: error: unknown check `LP0002` (did you mean `LP0001`?); `leastpriv rules` lists them"),
        (["can", "a", "b", "c", "--context", "novalue"], "leastpriv: error: `--context` expects KEY=VALUE, found `novalue`"),
        (["check", "--base", "a", "--head", "b"], "leastpriv: error: `leastpriv check` is not available in this version: it needs the policy comparison engine (exact new access with witnesses)"),
        (["privileges", "alice"], "leastpriv: error: `leastpriv privileges` is not available in this version: it needs the effective-privileges engine"),
    ])
    func usageErrorsExitTwo(_ arguments: [String], _ message: String) {
        let run = CommandRun(arguments)
        #expect(run.code == .usage)
        #expect(run.error.split(separator: "\n").first.map(String.init) == message)
        #expect(run.output.isEmpty)
    }

    @Test func noCommandPrintsTheOverviewAndExitsTwo() {
        let run = CommandRun([])
        #expect(run.code == .usage)
        #expect(run.error.hasPrefix("OVERVIEW: leastpriv"))
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try ArgumentParser(spec: AuditCommand.spec).parse(["--format=json", "--", "--strict", "-"])
        #expect(parsed.value("format") == "json")
        #expect(parsed.positionals == ["--strict", "-"])
        #expect(!parsed.has("strict"))
    }
}
