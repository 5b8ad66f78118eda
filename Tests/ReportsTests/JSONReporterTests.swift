import Foundation
import Testing
@testable import Reports

/// Parses a report as JSON with Foundation.
func parsedJSON(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
}

/// The audit JSON parses, and holds every field of the DESIGN §7 contract on every object —
/// `null` for absent values, never a missing key — with user text intact.
@Test func auditJSONKeepsTheContract() throws {
    let report = try #require(parsedJSON(JSONReporter().render(SampleAudit.result)) as? [String: Any])
    for key in ["tool", "inputs", "summary", "findings"] { #expect(report[key] != nil, "\(key)") }
    let tool = try #require(report["tool"] as? [String: Any])
    #expect(tool["name"] as? String == "leastpriv" && tool["version"] as? String == "0.1.0")

    let inputs = try #require(report["inputs"] as? [[String: Any]])
    #expect(inputs.count == SampleAudit.inputs.count)
    for input in inputs {
        for key in ["file", "format", "status", "error", "errors"] { #expect(input.keys.contains(key), "\(key)") }
    }
    let failed = try #require(inputs.first { $0["status"] as? String == "error" })
    #expect(failed["error"] as? String == "aws/broken-policy.json:5:7: error: [input.json.duplicate-key] duplicate key `Effect`")
    #expect((failed["errors"] as? [[String: Any]])?.map { $0["code"] as? String } == ["input.json.duplicate-key", "input.json.syntax"])

    let summary = try #require(report["summary"] as? [String: Any])
    #expect(summary["principals"] as? Int == 17 && summary["findings"] as? Int == 5)
    let bySeverity = try #require(summary["bySeverity"] as? [String: Int])
    #expect(bySeverity == ["critical": 1, "high": 1, "medium": 1, "low": 1, "info": 1])

    let findings = try #require(report["findings"] as? [[String: Any]])
    let findingKeys: Set = [
        "id", "check", "category", "severity", "title", "message", "principal", "capability", "resource", "path", "locations",
        "remediation", "fingerprint",
    ]
    for (parsed, finding) in zip(findings, SampleAudit.findings) {
        #expect(findingKeys.isSubset(of: parsed.keys))
        #expect(parsed["id"] as? String == finding.checkID && parsed["check"] as? String == finding.checkSlug)
        #expect(parsed["message"] as? String == finding.message)
        #expect(parsed["principal"] as? String == finding.principal)
        #expect(parsed["fingerprint"] as? String == finding.fingerprint)
        for location in parsed["locations"] as? [[String: Any]] ?? [] {
            for key in ["file", "line", "column", "pointer"] { #expect(location.keys.contains(key), "\(key)") }
        }
        for step in parsed["path"] as? [[String: Any]] ?? [] {
            for key in ["from", "to", "kind", "reason"] { #expect(step[key] is String, "\(key)") }
        }
    }
    #expect(findings[3]["capability"] is NSNull && findings[3]["resource"] is NSNull)
    #expect((findings[1]["locations"] as? [[String: Any]])?.first?["line"] is NSNull)
    #expect((findings[0]["path"] as? [Any])?.count == 3)
}

/// Compact output is the same document on one line.
@Test func compactAuditJSON() throws {
    let compact = JSONReporter(style: .compact).render(SampleAudit.result)
    #expect(compact.split(separator: "\n").count == 1)
    let pretty = try #require(parsedJSON(JSONReporter().render(SampleAudit.result)) as? NSDictionary)
    #expect(try parsedJSON(compact) as? NSDictionary == pretty)
}
