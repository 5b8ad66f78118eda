import Foundation
import Testing
@testable import LeastPrivCLI

/// Runs every scenario under `Tests/Scenarios/<topic>/<case>/` through the command line, in the
/// scenario's folder, and compares what matters with its `expected.json`: so the corpus of
/// end-to-end cases grows without new Swift.
///
/// A scenario folder holds its inputs (conventionally under `inputs/`), optionally a
/// `.leastpriv.yml`, and `expected.json`:
///
/// ```json
/// {
///   "description": "what the case shows",
///   "audit": {
///     "arguments": ["inputs"],
///     "exitCode": 3,
///     "inputs": [{"file": "inputs/bad.json", "status": "error", "code": "input.json.syntax", "line": 4}],
///     "findings": [{"id": "LP0001", "principal": null, "resource": null, "file": ".leastpriv.yml", "line": 4}]
///   },
///   "queries": [{"arguments": ["can", "alice", "s3:GetObject", "arn:aws:s3:::b/k", "--input", "inputs"],
///                "exitCode": 0, "decision": "allow"}]
/// }
/// ```
/// `audit` runs `leastpriv audit ARGUMENTS --format json`; inputs and findings are compared in
/// full and in order. Each query runs with `--format json` appended and compares the exit code
/// and the `decision`. `UPDATE_GOLDENS=1` rewrites `expected.json` from what the tool does now
/// (keeping the description and arguments) — review the diff before committing it.
struct ScenarioTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scenarios")

    static let scenarios: [String] = {
        let manager = FileManager.default
        guard let topics = try? manager.contentsOfDirectory(atPath: root.path) else { return [] }
        return topics.sorted().flatMap { topic -> [String] in
            let cases = (try? manager.contentsOfDirectory(atPath: root.appendingPathComponent(topic).path)) ?? []
            return cases.sorted().map { "\(topic)/\($0)" }.filter {
                manager.fileExists(atPath: root.appendingPathComponent($0).appendingPathComponent("expected.json").path)
            }
        }
    }()

    @Test func scenariosExist() {
        #expect(!Self.scenarios.isEmpty, "no scenarios found under \(Self.root.path)")
    }

    @Test(arguments: scenarios)
    func scenario(_ name: String) throws {
        let folder = Self.root.appendingPathComponent(name)
        let expectedURL = folder.appendingPathComponent("expected.json")
        var expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as? [String: Any])
        var actual = expected

        if let audit = expected["audit"] as? [String: Any] {
            let arguments = audit["arguments"] as? [String] ?? []
            let run = Self.run(["audit"] + arguments + ["--format", "json"], in: folder.path)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], "audit printed no JSON: \(run.error)")
            actual["audit"] = [
                "arguments": arguments,
                "exitCode": Int(run.code.rawValue),
                "inputs": Self.project(inputs: report["inputs"]),
                "findings": Self.project(findings: report["findings"]),
            ] as [String: Any]
        }
        if let queries = expected["queries"] as? [[String: Any]] {
            actual["queries"] = queries.map { query -> [String: Any] in
                let arguments = query["arguments"] as? [String] ?? []
                let run = Self.run(arguments + ["--format", "json"], in: folder.path)
                let answer = (try? JSONSerialization.jsonObject(with: Data(run.output.utf8))) as? [String: Any]
                return ["arguments": arguments, "exitCode": Int(run.code.rawValue), "decision": answer?["decision"] ?? NSNull()]
            }
        }

        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            let data = try JSONSerialization.data(withJSONObject: actual, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            try (data + Data("\n".utf8)).write(to: expectedURL)
            expected = actual
        }
        let left = try JSONSerialization.data(withJSONObject: expected, options: [.sortedKeys])
        let right = try JSONSerialization.data(withJSONObject: actual, options: [.sortedKeys])
        #expect(left == right, "scenario \(name) differs:\nexpected \(String(decoding: left, as: UTF8.self))\nactual   \(String(decoding: right, as: UTF8.self))")
    }

    static func run(_ arguments: [String], in folder: String) -> (code: ExitCode, output: String, error: String) {
        let output = Output()
        let console = Console(
            write: { output.append($0, error: false) }, writeError: { output.append($0, error: true) },
            outputIsTerminal: false, environment: [:], currentDirectory: folder, today: "2026-06-01")
        let code = LeastPrivCommandLine.run(arguments, session: Session(console: console))
        return (code, output.standardOutput, output.standardError)
    }

    /// The inputs as scenarios compare them: file, status, and the first error's code and line.
    static func project(inputs: Any?) -> [[String: Any]] {
        ((inputs as? [[String: Any]]) ?? []).map { input in
            var entry: [String: Any] = ["file": input["file"] ?? NSNull(), "status": input["status"] ?? NSNull()]
            if let first = (input["errors"] as? [[String: Any]])?.first {
                entry["code"] = first["code"] ?? NSNull()
                entry["line"] = first["line"] ?? NSNull()
            }
            return entry
        }
    }

    /// The findings as scenarios compare them: check id, principal, resource, and the first
    /// location's file and line.
    static func project(findings: Any?) -> [[String: Any]] {
        ((findings as? [[String: Any]]) ?? []).map { finding in
            let location = (finding["locations"] as? [[String: Any]])?.first
            return [
                "id": finding["id"] ?? NSNull(),
                "principal": finding["principal"] ?? NSNull(),
                "resource": finding["resource"] ?? NSNull(),
                "file": location?["file"] ?? NSNull(),
                "line": location?["line"] ?? NSNull(),
            ]
        }
    }
}

/// Collects a run's output.
final class Output: @unchecked Sendable {
    private let lock = NSLock()
    private var out = "", err = ""
    var standardOutput: String { lock.withLock { out } }
    var standardError: String { lock.withLock { err } }

    func append(_ text: String, error: Bool) {
        lock.withLock {
            if error { err += text } else { out += text }
        }
    }
}
