import AccessGraph
import Documents
import Foundation
import Testing
@testable import Kubernetes

/// The upstream bootstrap policy (../shared/corpus/kubernetes), when the corpus is present.
struct BootstrapCorpusTests {
    static var corpusPresent: Bool {
        FileManager.default.fileExists(atPath: Fixtures.corpus.appendingPathComponent("cluster-roles.yaml").path)
    }

    static func importCorpus() throws -> ImportOutcome {
        let names = ["cluster-roles.yaml", "cluster-role-bindings.yaml", "controller-roles.yaml", "controller-role-bindings.yaml", "namespace-roles.yaml", "namespace-role-bindings.yaml"]
        let files = try names.map { name in
            ("bootstrap/\(name)", try String(contentsOf: Fixtures.corpus.appendingPathComponent(name), encoding: .utf8))
        }
        return try ImportHelpers.importFiles(files)
    }

    @Test(.enabled(if: corpusPresent, "the shared corpus is absent: ../shared/corpus/kubernetes"))
    func bootstrapPolicyImports() throws {
        let outcome = try Self.importCorpus()
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
        let cluster = try #require(ImportHelpers.model(outcome).clusters["bootstrap"])
        #expect(cluster.clusterRoles.count > 50)
        #expect(cluster.clusterRoleBindings.count > 40)
        #expect(cluster.roles["kube-system"] != nil)
    }

    @Test(.enabled(if: corpusPresent, "the shared corpus is absent: ../shared/corpus/kubernetes"))
    func aggregatedAdminCoversEditCoversView() throws {
        let cluster = try #require(ImportHelpers.model(try Self.importCorpus()).clusters["bootstrap"])
        let admin = try #require(cluster.clusterRoles["admin"]), edit = try #require(cluster.clusterRoles["edit"]), view = try #require(cluster.clusterRoles["view"])
        #expect(!view.rules.isEmpty && !edit.rules.isEmpty && !admin.rules.isEmpty)
        #expect(PolicyComparator.covers(admin.rules, edit.rules).covered)
        #expect(PolicyComparator.covers(edit.rules, view.rules).covered)
        #expect(!PolicyComparator.covers(view.rules, edit.rules).covered)
        // The exported aggregated roles have `rules: null`: recomputing is what fills them.
        #expect(admin.exportedRules.isEmpty)
        #expect(cluster.aggregationDrift.contains("admin"))
        let authorizer = RBACAuthorizer(model: ImportHelpers.model(try Self.importCorpus()))
        let viewer = RBACRequest.resource(user: "", groups: ["readers"], verb: "get", resource: "pods", namespace: "x")
        #expect(!authorizer.authorize(viewer, cluster: "bootstrap").isAllowed)
    }

    @Test(.enabled(if: corpusPresent, "the shared corpus is absent: ../shared/corpus/kubernetes"))
    func bootstrapDecisionsMatchALiveCluster() throws {
        let authorizer = RBACAuthorizer(model: ImportHelpers.model(try Self.importCorpus()))
        func allowed(_ user: String, _ groups: [String], _ verb: String, _ resource: String, path: String? = nil, namespace: String = "") -> Bool {
            let request: RBACRequest = path.map { .nonResource(user: user, groups: groups, verb: verb, path: $0) }
                ?? .resource(user: user, groups: groups, verb: verb, resource: resource, namespace: namespace)
            return authorizer.authorize(request, cluster: "bootstrap").isAllowed
        }
        // system:discovery and system:public-info-viewer are bound to every user.
        #expect(allowed("x", ["system:authenticated"], "get", "", path: "/version"))
        #expect(allowed("x", ["system:unauthenticated"], "get", "", path: "/healthz"))
        #expect(!allowed("x", ["system:authenticated"], "get", "secrets", namespace: "default"))
        #expect(allowed("system:kube-scheduler", ["system:authenticated"], "create", "bindings", namespace: "default"))
        #expect(allowed("root", ["system:masters"], "delete", "nodes"))
    }
}
