import AccessGraph
import Foundation
import Testing
@testable import Kubernetes

/// The planted problems of `policy-samples/kubernetes/prod` are in the graph.
struct SampleTests {
    static let folder = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("policy-samples/kubernetes/prod")

    static func outcome() throws -> ImportOutcome {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try ImportHelpers.importFiles(names.map { ("policy-samples/kubernetes/prod/\($0)", try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) })
    }

    @Test func sampleImportsCleanly() throws {
        let outcome = try Self.outcome()
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
        let cluster = try #require(ImportHelpers.model(outcome).clusters["prod"])
        #expect(cluster.serviceAccounts["shop"]?["checkout"]?.irsaRoleARN == "arn:aws:iam::111122223333:role/shop-checkout")
        #expect(cluster.cloudMappings.contains { $0.cloudIdentity == "arn:aws:iam::111122223333:role/ci-deploy" && $0.groups == ["system:masters"] })
        #expect(cluster.cloudMappings.contains { $0.source == .accessEntry && $0.accessPolicies.count == 1 })
        // Aggregation folds the third-party role into edit, which the export did not show.
        #expect(cluster.aggregationDrift == ["edit"])
    }

    @Test func ciBuilderCreatesPodsInKubeSystemAndReachesMasters() throws {
        let outcome = try Self.outcome()
        let graph = ImportHelpers.graph(outcome)
        let request = Request(principal: "k8s:prod:serviceaccount:ci:builder", action: "create", resource: "pods", attributes: ["namespace": ["kube-system"]])
        #expect(graph.authorizers[.kubernetes]?.decide(request, graph: graph).isAllowed == true)
        let toMasters = graph.edges(from: "k8s:prod:serviceaccount:ci:builder").filter { $0.to.rawValue == "k8s:prod:group:system:masters" }
        #expect(!toMasters.isEmpty)
        let developers = Request(principal: "k8s:prod:group:developers", action: "get", resource: "secrets", attributes: ["namespace": ["shop"]])
        let decision = try #require(graph.authorizers[.kubernetes]?.decide(developers, graph: graph))
        #expect(decision.isAllowed)
        #expect(decision.reasons.last?.detail.contains("ClusterRole edit") == true)
    }
}

/// The same inputs give the same graph, element for element.
@Test func importIsDeterministic() throws {
    let first = try SampleTests.outcome().fragment, second = try SampleTests.outcome().fragment
    #expect(first.principals.map(\.id) == second.principals.map(\.id))
    #expect(first.edges.map { "\($0.from) \($0.kind) \($0.to) \($0.reason) \($0.source)" } == second.edges.map { "\($0.from) \($0.kind) \($0.to) \($0.reason) \($0.source)" })
    #expect(first.policies.map(\.id) == second.policies.map(\.id))
    #expect(!first.edges.isEmpty)
}
