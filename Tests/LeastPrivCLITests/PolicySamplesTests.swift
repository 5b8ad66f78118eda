import Foundation
import Testing
@testable import LeastPrivCLI

/// The quick start's demo: `leastpriv audit policy-samples` must show the supply-chain path that
/// crosses GitHub, AWS and Kubernetes, hop by hop.
struct PolicySamplesTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("policy-samples").path

    @Test func theSamplesShowTheCrossSystemPath() throws {
        let run = CommandRun(["audit", Self.samples, "--format", "json"])
        #expect(run.code == .findings, "\(run.error)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let inputs = (report["inputs"] as? [[String: Any]]) ?? []
        #expect(inputs.allSatisfy { $0["status"] as? String != "error" }, "every sample reads without error")
        let findings = (report["findings"] as? [[String: Any]]) ?? []
        let mallory = try #require(findings.first { $0["id"] as? String == "LP0701" && $0["principal"] as? String == "github:user:mallory" })
        let path = (mallory["path"] as? [[String: Any]]) ?? []
        #expect(path.compactMap { $0["kind"] as? String } == ["canModify", "runsAs", "federates", "assumes", "mapsTo", "memberOf"])
        #expect(path.last?["to"] as? String == "k8s:prod:group:system:masters")
        #expect(path.allSatisfy { !(($0["reason"] as? String) ?? "").isEmpty })
        #expect(findings.contains { $0["id"] as? String == "LP0701" && $0["principal"] as? String == "github:oidc:outsider" })
    }
}
