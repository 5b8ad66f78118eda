import Foundation
import Testing
import TestSupport
@testable import LeastPrivCLI

struct AuditCommandTests {
    let fake = [FakeImporter()]

    @Test func exitCodeFollowsFailOn() throws {
        let folder = try temporaryFolder(["users.json": #"{"fake-users": ["alice"]}"#])
        // No registered check fires on these inputs: exit 0 at the default threshold.
        let clean = CommandRun(["audit", folder], importers: fake)
        #expect(clean.code == .success, "\(clean.error)")
        #expect(clean.output.contains("1 input"))
    }

    @Test func expiredSuppressionFailsOnlyAtItsSeverity() throws {
        let folder = try temporaryFolder([
            ".leastpriv.yml": "suppressions:\n  - check: LP0001\n    reason: old\n    expires: 2020-01-01\n",
            "users.json": #"{"fake-users": ["alice"]}"#,
        ])
        let atHigh = CommandRun(["audit", "users.json"], in: folder, importers: fake)
        #expect(atHigh.code == .success)
        let atLow = CommandRun(["audit", "users.json", "--fail-on", "low", "--format", "json"], in: folder, importers: fake)
        #expect(atLow.code == .findings)
        let json = try JSONSerialization.jsonObject(with: Data(atLow.output.utf8)) as? [String: Any]
        let findings = json?["findings"] as? [[String: Any]]
        #expect(findings?.first?["id"] as? String == "LP0001")
        let locations = findings?.first?["locations"] as? [[String: Any]]
        #expect(locations?.first?["line"] as? Int == 4)
    }

    @Test func badInputsAreEachReportedAndExitThree() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        var laughs = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            laughs += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let folder = try temporaryFolder([
            "broken.yaml": "key: [unclosed\nother: 1\n",
            "broken.json": "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n}\n",
            "laughs.yaml": laughs,
            "deep.json": deep,
            "notes.txt": "remember to rotate the keys\n",
            "users.json": #"{"fake-users": ["alice"]}"#,
        ])
        let started = Date()
        let run = CommandRun(["audit", folder, "--format", "json"], importers: fake)
        #expect(Date().timeIntervalSince(started) < 10, "hostile inputs must be refused quickly")
        #expect(run.code == .inputError)
        let lines = run.error.split(separator: "\n").map(String.init)
        func errorLine(_ file: String) -> String? { lines.first { $0.hasPrefix("\(folder)/\(file):") } }
        #expect(errorLine("broken.yaml")?.contains(": error: [input.yaml.syntax]") == true, "\(lines)")
        #expect(errorLine("broken.json")?.hasPrefix("\(folder)/broken.json:4:1: error: [input.json.syntax]") == true, "\(lines)")
        #expect(errorLine("laughs.yaml")?.contains("[input.limit.alias-expansion]") == true, "\(lines)")
        #expect(errorLine("deep.json")?.contains("[input.limit.depth]") == true, "\(lines)")
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let inputs = (json?["inputs"] as? [[String: Any]]) ?? []
        let status = Dictionary(uniqueKeysWithValues: inputs.map { (($0["file"] as? String) ?? "", ($0["status"] as? String) ?? "") })
        #expect(status["\(folder)/notes.txt"] == "unrecognised")
        #expect(status["\(folder)/users.json"] == "analysed", "the good file is still analysed")
        #expect(status["\(folder)/deep.json"] == "error")
    }

    @Test func strictTurnsUnrecognisedInputsIntoErrors() throws {
        let folder = try temporaryFolder(["notes.txt": "hello\n"])
        #expect(CommandRun(["audit", folder], importers: fake).code == .success)
        let strict = CommandRun(["audit", folder, "--strict"], importers: fake)
        #expect(strict.code == .inputError)
    }

    @Test func outputGoesToTheNamedFile() throws {
        let folder = try temporaryFolder(["users.json": #"{"fake-users": ["alice"]}"#])
        let report = folder + "/report.sarif"
        let run = CommandRun(["audit", folder + "/users.json", "--format", "sarif", "--output", report], importers: fake)
        #expect(run.code == .success)
        #expect(run.output.isEmpty)
        let written = try String(contentsOfFile: report, encoding: .utf8)
        #expect(written.contains("\"version\": \"2.1.0\""))
    }

    @Test func configurationInputsAreReadRelativeToTheConfiguration() throws {
        let folder = try temporaryFolder([
            ".leastpriv.yml": "inputs: [exports]\n",
            "exports/users.json": #"{"fake-users": ["alice"]}"#,
            "elsewhere/ignored.json": "{broken",
        ])
        let run = CommandRun(["audit", "--format", "json"], in: folder + "/elsewhere", importers: fake)
        #expect(run.code == .success, "\(run.error)")
        #expect(run.output.contains("exports/users.json"))
        #expect(!run.output.contains("ignored.json"))
    }

    @Test func aBrokenConfigurationStopsTheRun() throws {
        let folder = try temporaryFolder([".leastpriv.yml": "fail_on: high\n"])
        let run = CommandRun(["audit"], in: folder, importers: fake)
        #expect(run.code == .inputError)
        #expect(run.error.contains(".leastpriv.yml:1:10: error: [config.unknown-key] unknown key `fail_on`; did you mean `fail-on`?"), "\(run.error)")
    }

    @Test(arguments: ["json", "sarif", "text", "markdown", "csv", "github"])
    func theSameInputsGiveByteIdenticalOutput(_ format: String) throws {
        let folder = try temporaryFolder([
            ".leastpriv.yml": "suppressions:\n  - check: LP0001\n    reason: old\n    expires: 2020-01-01\n  - check: LP0001\n    reason: older\n    expires: 2019-01-01\n",
            "b/users.json": #"{"fake-users": ["zed", "amy"]}"#,
            "a/users.json": #"{"fake-users": ["bob"]}"#,
            "a/broken.json": "{",
        ])
        let first = CommandRun(["audit", ".", "--format", format], in: folder, importers: fake)
        let second = CommandRun(["audit", ".", "--format", format], in: folder, importers: fake)
        #expect(first.output == second.output)
        #expect(first.error == second.error)
        #expect(first.code == .inputError)
    }

    @Test func rulesListTheCatalog() throws {
        let run = CommandRun(["rules", "--format", "json"])
        #expect(run.code == .success)
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let checks = json?["checks"] as? [[String: Any]]
        #expect(checks?.contains { $0["id"] as? String == "LP0001" && $0["slug"] as? String == "expired-suppression" } == true)
    }
}
