import Documents
import Testing
@testable import Analysis

/// Every registered check's examples are its tests: a triggering example must yield a finding of
/// that check at its ⚑ marker; a non-triggering one must yield none.
struct CheckExamplesTests {
    static let checks = CheckCatalog.descriptions

    @Test(arguments: checks)
    func triggeringExamplesFindAtTheMarker(_ description: CheckDescription) throws {
        #expect(!description.triggering.isEmpty, "\(description.id) has no triggering example")
        for example in description.triggering {
            let findings = try ExampleRunner.findings(of: description, in: example)
            let marked = example.files.compactMap { file in file.markedPosition.map { (file.name, $0) } }
            #expect(marked.count == 1, "\(description.id): a triggering example needs exactly one ⚑")
            guard let (file, position) = marked.first else { continue }
            let atMarker = findings.filter { $0.primaryLocation?.file == file && $0.primaryLocation?.position == position }
            #expect(!atMarker.isEmpty, "\(description.id): no finding at \(file):\(position); found \(findings.map { $0.primaryLocation?.description ?? "?" })")
        }
    }

    @Test(arguments: checks)
    func nonTriggeringExamplesFindNothing(_ description: CheckDescription) throws {
        #expect(!description.nonTriggering.isEmpty, "\(description.id) has no non-triggering example")
        for example in description.nonTriggering {
            let findings = try ExampleRunner.findings(of: description, in: example)
            #expect(findings.isEmpty, "\(description.id): unexpected \(findings.map(\.message))")
        }
    }

    @Test(arguments: checks)
    func descriptionsFollowTheHouseStyle(_ description: CheckDescription) {
        #expect(description.id.wholeMatch(of: /LP[0-9]{4}/) != nil)
        #expect(description.slug.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil)
        #expect(!description.title.isEmpty && !description.title.hasSuffix("."))
        #expect(!description.rationale.isEmpty && !description.remediation.isEmpty)
    }

    @Test func idsAndSlugsAreUnique() {
        #expect(Set(Self.checks.map(\.id)).count == Self.checks.count)
        #expect(Set(Self.checks.map(\.slug)).count == Self.checks.count)
    }
}

/// Runs one check over an example's files through the whole pipeline, as a user's audit would.
enum ExampleRunner {
    /// The day examples are judged on, so that date-dependent checks are reproducible.
    static let today = "2026-06-01"

    static func findings(of description: CheckDescription, in example: CheckExample) throws -> [Finding] {
        var configuration = Configuration()
        var inputs: [InputFile] = []
        for file in example.files {
            if file.name == InputCollector.configurationFileName {
                configuration = try ConfigurationLoader(knownChecks: CheckCatalog.names).parse(Array(file.text.utf8), file: file.name)
            } else {
                inputs.append(InputFile(name: file.name, source: .bytes(Array(file.text.utf8))))
            }
        }
        guard let check = CheckCatalog.check(named: description.id) else { return [] }
        let pipeline = AuditPipeline(checks: [check], tool: ToolInfo(version: "test"))
        let result = pipeline.run(inputs: inputs, configuration: configuration, today: today)
        let failed = result.inputs.filter { $0.status == .error }
        #expect(failed.isEmpty, "example inputs failed: \(failed.flatMap(\.errors))")
        return result.findings.filter { $0.checkID == description.id } + result.suppressed.filter { $0.checkID == description.id }
    }
}
