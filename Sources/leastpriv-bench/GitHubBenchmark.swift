import Analysis
import Foundation

/// `leastpriv-bench github`: 2,000 generated workflows and a 500-repository export through the
/// whole audit (read, import, checks), side by side with `zizmor --offline` when it is installed.
struct GitHubBenchmark {
    var options: BenchmarkOptions

    func run() throws {
        let directory = options.outputDirectory.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("leastpriv-bench-github-\(getpid())")
        defer { if options.outputDirectory == nil { try? FileManager.default.removeItem(at: directory) } }
        let generator = GitHubWorkflowGenerator()
        let count = try generator.write(to: directory)
        print("generated \(count) files (\(generator.repositories * generator.workflowsPerRepository) workflows, a \(generator.repositories)-repository export) in \(directory.path)")

        var loads: [Double] = [], audits: [Double] = [], findings = 0, principals = 0
        for _ in 0..<options.runs {
            let inputs = InputCollector(baseDirectory: directory.path).collect([directory.path]).files
            let pipeline = AuditPipeline(tool: ToolInfo(version: "bench"))
            let start = Date()
            let loaded = pipeline.load(inputs: inputs, configuration: Configuration(), today: "2026-12-01")
            let loadedAt = Date()
            let result = pipeline.audit(loaded)
            audits.append(Date().timeIntervalSince(loadedAt))
            loads.append(loadedAt.timeIntervalSince(start))
            findings = result.findings.count
            principals = result.principalCount
            if loaded.hasInputErrors { print("warning: some generated inputs failed: \(loaded.reports.filter { $0.status == .error }.prefix(3))") }
        }
        func median(_ values: [Double]) -> String { String(format: "%.2f s", values.sorted()[values.count / 2]) }
        print("leastpriv read + import: \(median(loads)), checks: \(median(audits)), total: \(median(zip(loads, audits).map { $0 + $1 })) (median of \(options.runs)); \(principals) principals, \(findings) findings")

        if let zizmor = Self.find("zizmor") {
            let start = Date()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: zizmor)
            process.arguments = ["--offline", "--no-progress", "--format", "plain", directory.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            print("zizmor --offline: \(String(format: "%.2f s", Date().timeIntervalSince(start))) (exit \(process.terminationStatus))")
        } else {
            print("zizmor: not installed (pip install zizmor), not compared")
        }
    }

    static func find(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
