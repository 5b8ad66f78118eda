import AccessGraph
import Documents
import Testing
@testable import Analysis
import TestSupport

struct AuditPipelineTests {
    let pipeline = AuditPipeline(importers: [FakeImporter()], checks: [EveryPrincipalCheck.self, ExpiredSuppression.self], tool: ToolInfo(version: "test"))

    func input(_ name: String, _ text: String) -> InputFile {
        InputFile(name: name, source: .bytes(Array(text.utf8)))
    }

    @Test func oneBadFileNeverHidesTheOthers() {
        let result = pipeline.run(inputs: [
            input("good.json", #"{"fake-users": ["alice", "bob"]}"#),
            input("broken.json", #"{"fake-users": ["carol",]}"#),
            input("wrong-shape.json", #"{"fake-users": ["dave", 7]}"#),
            input("notes.txt", "just some notes"),
            input("other.yaml", "kind: Something\n"),
        ], configuration: Configuration(), today: "2026-06-01")

        #expect(result.inputs.map(\.status) == [.analysed, .error, .error, .unrecognised, .unrecognised])
        #expect(result.inputs[1].errors.first?.code == "input.json.syntax")
        #expect(result.inputs[2].errors.first?.code == "input.type")
        #expect(result.inputs[2].errors.first?.location.line == 1)
        #expect(result.principalCount == 2, "the document that failed contributes nothing")
        #expect(result.findings.map(\.principal) == ["fake:user/alice", "fake:user/bob"])
        #expect(result.hasInputErrors)
    }

    @Test func suppressionsHideMatchingFindingsUntilTheyExpire() throws {
        let configuration = try ConfigurationLoader(knownChecks: [("LP9999", "every-principal"), ("LP0001", "expired-suppression")]).parse(Array("""
            suppressions:
              - check: every-principal
                principal: "fake:user/a*"
                reason: accepted
                expires: 2026-06-01
              - check: LP9999
                principal: "fake:user/bob"
                reason: accepted long ago
                expires: 2026-05-31
            """.utf8), file: ".leastpriv.yml")
        let inputs = [input("users.json", #"{"fake-users": ["alice", "bob", "carol"]}"#)]

        let onExpiryDay = pipeline.run(inputs: inputs, configuration: configuration, today: "2026-06-01")
        #expect(onExpiryDay.suppressed.map(\.principal) == ["fake:user/alice"])
        #expect(onExpiryDay.findings.filter { $0.checkID == "LP9999" }.map(\.principal) == ["fake:user/bob", "fake:user/carol"])
        let expired = onExpiryDay.findings.filter { $0.checkID == "LP0001" }
        #expect(expired.map(\.message) == ["suppression of `LP9999` expired on 2026-05-31"])
        #expect(expired.first?.primaryLocation?.line == 9)

        let dayAfter = pipeline.run(inputs: inputs, configuration: configuration, today: "2026-06-02")
        #expect(dayAfter.suppressed.isEmpty)
        #expect(dayAfter.findings.filter { $0.checkID == "LP0001" }.count == 2)
    }

    @Test func configurationChoosesTheChecks() {
        let inputs = [input("users.json", #"{"fake-users": ["alice"]}"#)]
        let disabled = pipeline.run(inputs: inputs, configuration: Configuration(disabledChecks: ["every-principal"]), today: "2026-06-01")
        #expect(disabled.findings.isEmpty)
        #expect(disabled.checks.map(\.id) == ["LP0001"])
        let enabled = pipeline.run(inputs: inputs, configuration: Configuration(enabledChecks: ["LP9999"]), today: "2026-06-01")
        #expect(enabled.checks.map(\.id) == ["LP9999"])
        #expect(enabled.findings.count == 1)
    }

    @Test func theSameInputsGiveTheSameResult() {
        let inputs = [input("b.json", #"{"fake-users": ["zed", "amy"]}"#), input("a.json", #"{"fake-users": ["bob"]}"#)]
        let first = pipeline.run(inputs: inputs, configuration: Configuration(), today: "2026-06-01")
        let second = pipeline.run(inputs: inputs, configuration: Configuration(), today: "2026-06-01")
        #expect(first.findings == second.findings)
        #expect(first.findings.map(\.principal) == ["fake:user/bob", "fake:user/amy", "fake:user/zed"], "sorted by file, then line")
    }

    @Test func configurationSaysWhoIsAPerson() {
        let configuration = Configuration(humanPrincipals: ["fake:user/*"], machinePrincipals: ["fake:user/ci-*"])
        let loaded = pipeline.load(
            inputs: [input("users.json", #"{"fake-users": ["alice", "ci-bot"]}"#)], configuration: configuration, today: "2026-06-01")
        #expect(loaded.context.graph.principals["fake:user/alice"]?.human == .human)
        #expect(loaded.context.graph.principals["fake:user/ci-bot"]?.human == .machine)
        let untouched = pipeline.load(inputs: [input("users.json", #"{"fake-users": ["alice"]}"#)], configuration: Configuration(), today: "2026-06-01")
        #expect(untouched.context.graph.principals["fake:user/alice"]?.human == .unknown)
    }

    @Test func standardInputWithoutSyntaxIsReadAsYAML() {
        let result = pipeline.run(inputs: [input("-", "a: [1\n")], configuration: Configuration(), today: "2026-06-01")
        #expect(result.inputs.first?.errors.first?.code == "input.yaml.syntax")
    }
}
