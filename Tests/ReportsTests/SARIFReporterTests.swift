import Analysis
import Foundation
import Testing
@testable import Reports

/// The SARIF log of the sample audit meets the schema's required structure.
@Test func sarifMeetsTheSchemaStructure() throws {
    let log = try parsedJSON(SARIFReporter().render(SampleAudit.result))
    #expect(SARIFStructure(log: log).problems == [])
    let clean = try parsedJSON(SARIFReporter().render(SampleAudit.clean))
    #expect(SARIFStructure(log: clean).problems == [])
}

/// The checker is not vacuous: it reports each kind of breakage it looks for.
@Test func sarifStructureCheckerFindsProblems() {
    let broken: [String: Any] = [
        "version": "2.0.0",
        "runs": [[
            "tool": ["driver": ["rules": [["name": "no-id"]]]],
            "invocations": [["toolExecutionNotifications": []]],
            "results": [[
                "ruleId": "LP9999", "ruleIndex": 3, "level": "fatal",
                "locations": [["physicalLocation": ["region": ["startLine": 0]]]],
                "invented": true,
            ]],
        ]],
    ]
    let problems = SARIFStructure(log: broken).problems
    let expected = [
        "$.version must be \"2.1.0\"",
        "$.runs[0].tool.driver.name is required and a string",
        "$.runs[0].tool.driver.rules[0].id is required and a string",
        "$.runs[0].invocations[0].executionSuccessful is required and boolean",
        "$.runs[0].results[0].invented is not a property of result",
        "$.runs[0].results[0].message is required",
        "$.runs[0].results[0].level must be one of none, note, warning, error",
        "$.runs[0].results[0].ruleIndex is not an index into the rules",
    ]
    #expect(problems == expected)
    let location: [String: Any] = ["physicalLocation": ["region": ["startLine": 0]], "message": [:]]
    let locationProblems = SARIFStructure(log: ["version": "2.1.0", "runs": [["tool": ["driver": ["name": "x"]], "results": [["message": ["text": "m"], "locations": [location]]]]]]).problems
    #expect(locationProblems == [
        "$.runs[0].results[0].locations[0].message needs text or id",
        "$.runs[0].results[0].locations[0].physicalLocation needs artifactLocation or address",
        "$.runs[0].results[0].locations[0].physicalLocation.region.startLine must be an integer ≥ 1",
    ])
}

/// Levels follow severities: critical and high are errors, medium warnings, the rest notes.
@Test func sarifLevels() {
    #expect(Severity.allCases.map(SARIFReporter.level) == ["error", "error", "warning", "note", "note"])
}

/// Results point at their rule, carry the fingerprint, and have a region only where the line is
/// known (the pointer-only finding has none but keeps its pointer as a logical location).
@Test func sarifResultsAndLocations() throws {
    let log = try #require(parsedJSON(SARIFReporter().render(SampleAudit.result)) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == SampleAudit.findings.count + SampleAudit.suppressed.count)
    for (result, finding) in zip(results, SampleAudit.findings + SampleAudit.suppressed) {
        #expect(result["ruleId"] as? String == finding.checkID)
        #expect((result["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey] == finding.fingerprint)
    }
    #expect(results.last?["suppressions"] != nil && results.first?["suppressions"] == nil)

    let pointerOnly = try #require((results[1]["locations"] as? [[String: Any]])?.first)
    let physical = try #require(pointerOnly["physicalLocation"] as? [String: Any])
    #expect(physical["region"] == nil)
    #expect((pointerOnly["logicalLocations"] as? [[String: String]])?.first?["fullyQualifiedName"] == "/members/3")

    let flows = try #require(results[0]["codeFlows"] as? [[String: Any]])
    let steps = try #require((flows.first?["threadFlows"] as? [[String: Any]])?.first?["locations"] as? [Any])
    #expect(steps.count == 3)

    let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
    #expect(invocation["executionSuccessful"] as? Bool == false)
    #expect((invocation["toolExecutionNotifications"] as? [Any])?.count == 5)
}

/// Relative paths stay relative under `%SRCROOT%`, percent-encoded; absolute paths become
/// `file://` URIs; nothing in a name can make the URI invalid.
@Test func sarifArtifactLocations() {
    #expect(SARIFArtifactLocation.value(for: "aws/a b,c:%d.json") == ["uri": "aws/a%20b%2Cc%3A%25d.json", "uriBaseId": "%SRCROOT%"])
    #expect(SARIFArtifactLocation.value(for: "/srv/exports/ü.json") == ["uri": "file:///srv/exports/%C3%BC.json"])
    for name in ["a:b.json", SampleAudit.hostileWorkflow, "-", "./x/../y.yaml", "\u{1B}[2J#?.json"] {
        let value = SARIFArtifactLocation.value(for: name)
        guard case .object(let members) = value, case .string(let uri)? = members.first?.value else {
            Issue.record("no uri for \(name)")
            continue
        }
        #expect(SARIFStructure.isURIReference(uri), "\(uri)")
    }
}
