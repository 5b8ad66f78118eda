import AccessGraph
import Analysis
import Foundation
import Kubernetes

/// `leastpriv-bench kubernetes`: a generated cluster of 50,000 bindings over 2,000 namespaces —
/// import, who-can over every subject, and a full audit, with times and peak memory.
struct KubernetesBenchmark {
    var namespaces = 2_000
    var bindings = 50_000

    init(arguments: [String]) throws {
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            guard let text = remaining.popFirst(), let value = Int(text), value > 0 else {
                throw BenchmarkUsageError("`\(flag)` needs a positive number")
            }
            switch flag {
            case "--namespaces": namespaces = value
            case "--bindings": bindings = value
            default: throw BenchmarkUsageError("unknown option `\(flag)`")
            }
        }
    }

    func run() throws {
        var generator = KubernetesClusterGenerator(namespaces: namespaces, bindings: bindings)
        let text = generator.generate()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leastpriv-bench-k8s-\(getpid())/bench")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let file = folder.appendingPathComponent("cluster.yaml").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        print("generated \(bindings) bindings over \(namespaces) namespaces: \(text.utf8.count / 1_000_000) MB of YAML")

        let clock = ContinuousClock()
        let pipeline = AuditPipeline(importers: KubernetesImporters.all, checks: CheckCatalog.all, tool: ToolInfo(version: "bench"))
        var loaded: LoadedInputs?
        let loadTime = clock.measure {
            loaded = pipeline.load(inputs: [InputFile(name: file, source: .path(file))], configuration: Configuration(), today: "2026-12-03")
        }
        guard let loaded, !loaded.hasInputErrors else { throw BenchmarkUsageError("the generated cluster did not import") }
        let graph = loaded.context.graph
        print(String(format: "read + import: %.2f s (%d principals, %d edges, %d policies)", seconds(loadTime), graph.principals.count, graph.edges.count, graph.policies.count))

        guard let authorizer = graph.authorizers[.kubernetes] else { throw BenchmarkUsageError("no Kubernetes authorizer") }
        let queries: [(String, String, [String: [String]])] = [
            ("create", "pods", ["namespace": ["team-7"]]),
            ("get", "secrets", ["namespace": ["team-42"], "name": ["db-password"]]),
            ("update", "deployments.apps/scale", ["namespace": ["team-1999"]]),
            ("list", "nodes", [:]),
            ("get", "/metrics", [:]),
        ]
        let principals = graph.sortedPrincipals.filter { $0.provider == .kubernetes }
        var allowed = 0
        let whoCanTime = clock.measure {
            for (verb, resource, attributes) in queries {
                for principal in principals {
                    let request = Request(principal: principal.id, action: verb, resource: resource, attributes: attributes)
                    if authorizer.decide(request, graph: graph).mayBeAllowed { allowed += 1 }
                }
            }
        }
        let decisions = queries.count * principals.count
        print(String(format: "who-can: %d queries × %d principals = %d decisions in %.2f s (%.1f µs each; %d allowed)",
            queries.count, principals.count, decisions, seconds(whoCanTime), seconds(whoCanTime) * 1e6 / Double(decisions), allowed))

        var findings = 0
        let auditTime = clock.measure { findings = pipeline.audit(loaded).findings.count }
        print(String(format: "full audit (all checks): %.2f s, %d findings", seconds(auditTime), findings))
        print("peak RSS: \(ProcessMemory.kilobytes("VmHWM") / 1024) MB")
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
