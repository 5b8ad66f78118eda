import AWS
import AccessGraph
import Analysis
import Documents
import Foundation

/// `leastpriv-bench aws [--output FILE]`: generates the large export (5,000 users, 500 groups,
/// 20,000 roles, 30,000 customer policies) and times reading it, importing it into the graph,
/// the full audit, and `who-can` for one action over every principal, with peak memory.
struct AWSBenchmark {
    var output: String?

    func run() throws {
        var generator = AWSExportGenerator()
        let started = Date()
        let text = generator.generate()
        let bytes = Array(text.utf8)
        print(String(format: "generated %.1f MB in %.2f s (seed fixed)", Double(bytes.count) / 1_000_000, Date().timeIntervalSince(started)))
        if let output {
            try Data(bytes).write(to: URL(fileURLWithPath: output))
            print("wrote \(output)")
        }
        let baseline = ProcessMemory.kilobytes("VmRSS")

        var clock = Date()
        let document = try DocumentReader.parse(bytes, file: "export.json", syntax: .json)
        let loadSeconds = Date().timeIntervalSince(clock)

        clock = Date()
        let importer = AWSImporter()
        guard let format = importer.recognise(document) else { throw BenchmarkUsageError("the generated export was not recognised") }
        let outcome = importer.importDocuments([RecognisedDocument(document: document, format: format)])
        var graph = PermissionGraph()
        graph.merge(outcome.fragment)
        if let authorizer = outcome.authorizer { graph.install(authorizer) }
        let graphSeconds = Date().timeIntervalSince(clock)
        guard outcome.failures.isEmpty else { throw BenchmarkUsageError("import failed: \(outcome.failures.first!)") }

        clock = Date()
        let pipeline = AuditPipeline(tool: ToolInfo(version: "bench"))
        let result = pipeline.run(inputs: [InputFile(name: "export.json", source: .bytes(bytes))], configuration: Configuration(), today: "2026-12-03")
        let auditSeconds = Date().timeIntervalSince(clock)

        clock = Date()
        var allowed = 0, conditional = 0
        let authorizer = try require(graph.authorizers[.aws], "no AWS authorizer")
        for principal in graph.principals.values where principal.kind == .user || principal.kind == .role {
            let decision = authorizer.decide(Request(principal: principal.id, action: "s3:GetObject", resource: "arn:aws:s3:::bucket-7/report.csv"), graph: graph)
            switch decision.outcome {
            case .allow: allowed += 1
            case .conditionalAllow: conditional += 1
            default: break
            }
        }
        let whoCanSeconds = Date().timeIntervalSince(clock)
        let peak = ProcessMemory.kilobytes("VmHWM")

        print("principals \(graph.principals.count), policies \(graph.policies.count), edges \(graph.edges.count), findings \(result.findings.count)")
        print(String(format: "load (parse %.1f MB)      %.2f s", Double(bytes.count) / 1_000_000, loadSeconds))
        print(String(format: "graph (import + edges)   %.2f s", graphSeconds))
        print(String(format: "full audit (read→checks) %.2f s", auditSeconds))
        print(String(format: "who-can s3:GetObject     %.2f s  (%d allow, %d conditional)", whoCanSeconds, allowed, conditional))
        print("peak RSS \(peak / 1024) MB (baseline after generating \(baseline / 1024) MB)")
    }
}

/// Unwraps or throws, for the benchmark's own invariants.
func require<T>(_ value: T?, _ message: String = "missing value") throws -> T {
    guard let value else { throw BenchmarkUsageError(message) }
    return value
}
