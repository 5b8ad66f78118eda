import Documents
import Foundation
import Testing
@testable import GitHub

/// The token vectors in `Tests/Fixtures/GitHub/token-vectors.json`: each case is a workflow (or
/// several files), a default setting, and the expected token of every job.
struct TokenModelTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var files: [(String, String)]
        var defaultSetting: String?
        var expect: [String: [String: String]]
        var expectFork: [String: [String: String]]?
        var description: String { name }
    }

    static let cases: [Case] = {
        guard let data = try? Data(contentsOf: Fixtures.directory.appendingPathComponent("token-vectors.json")),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let list = root["cases"] as? [[String: Any]] else { return [] }
        return list.map { entry in
            var files: [(String, String)] = []
            if let workflow = entry["workflow"] as? String { files.append(("acme/api/.github/workflows/ci.yml", workflow)) }
            if let many = entry["files"] as? [String: String] { files += many.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
            return Case(
                name: entry["name"] as? String ?? "?", files: files, defaultSetting: entry["default"] as? String,
                expect: entry["expect"] as? [String: [String: String]] ?? [:],
                expectFork: entry["expectFork"] as? [String: [String: String]])
        }
    }()

    @Test func vectorsAreLoaded() {
        #expect(Self.cases.count >= 13)
    }

    @Test(arguments: cases)
    func tokenMatches(_ vector: Case) throws {
        var files = vector.files
        if let setting = vector.defaultSetting {
            files.append(("export.json", """
                {"leastprivGitHubExport": 1, "organization": "acme",
                 "workflow_permissions": {"default_workflow_permissions": "\(setting)", "can_approve_pull_request_reviews": false},
                 "repositories": [{"repository": {"full_name": "acme/api", "default_branch": "main"}}]}
                """))
        }
        let outcome = try importFiles(files)
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
        for (jobID, expected) in vector.expect {
            let job = try #require(analysedJob(outcome, jobID), "no job \(jobID)")
            let levels = Dictionary(uniqueKeysWithValues: job.token.permissions.levels.map { ($0.key.rawValue, $0.value.rawValue) })
            #expect(levels == expected, "\(vector.name): job \(jobID)")
            #expect(job.token.defaultSetting.isAssumed == (vector.defaultSetting == nil))
        }
        for (jobID, expected) in vector.expectFork ?? [:] {
            let job = try #require(analysedJob(outcome, jobID))
            let levels = job.token.forkPullRequest.map { Dictionary(uniqueKeysWithValues: $0.levels.map { ($0.key.rawValue, $0.value.rawValue) }) }
            #expect(levels == expected, "\(vector.name): fork run of \(jobID)")
        }
        if vector.expectFork == [:] {
            #expect(vector.expect.keys.allSatisfy { analysedJob(outcome, $0)?.token.forkPullRequest == nil })
        }
    }

    @Test func assumedDefaultIsSaidInTheExplanation() throws {
        let outcome = try importFiles([("acme/api/.github/workflows/ci.yml", "on: push\njobs:\n  b:\n    runs-on: x\n    steps: [{run: make}]\n")])
        let job = try #require(analysedJob(outcome, "b"))
        #expect(job.token.explanation.joined().contains("permissive legacy default"))
    }
}
