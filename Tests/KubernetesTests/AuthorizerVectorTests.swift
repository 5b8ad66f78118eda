import AccessGraph
import Documents
import Testing
@testable import Kubernetes

/// The upstream authorizer's test vectors, run against the authorizer directly and through the
/// `Request` that `leastpriv can` builds.
struct AuthorizerVectorTests {
    static let files = ["vectors/rbac_test.yaml", "vectors/rule_test.yaml", "vectors/rbac_documented.yaml", "vectors/policy_comparator_test.yaml"]

    @Test(arguments: files)
    func vectorFilesNameTheirSource(_ path: String) throws {
        let file = try VectorFile(path)
        #expect(file.source.contains("kubernetes"))
        #expect(!file.authorizerCases.isEmpty || !file.ruleCases.isEmpty || !file.coversCases.isEmpty)
    }

    @Test(arguments: files)
    func authorizerAgreesWithUpstream(_ path: String) throws {
        let file = try VectorFile(path)
        for testCase in file.authorizerCases {
            let authorizer = RBACAuthorizer(model: KubernetesModel(clusters: ["vectors": testCase.cluster]))
            for expectation in testCase.expectations {
                let decision = authorizer.authorize(expectation.request, cluster: "vectors")
                #expect(decision.isAllowed == expectation.allowed, "\(testCase.name): \(expectation)")
                #expect(!decision.reasons.isEmpty)
            }
        }
    }

    /// The same vectors through `decide`, with the principal and attributes `leastpriv can` passes:
    /// a named user is `k8s:vectors:user:NAME` (or the service account it names) with `--group`s;
    /// a nameless one is its first group.
    @Test(arguments: files)
    func canAgreesWithUpstream(_ path: String) throws {
        let file = try VectorFile(path)
        for testCase in file.authorizerCases {
            let authorizer = RBACAuthorizer(model: KubernetesModel(clusters: ["vectors": testCase.cluster]))
            for expectation in testCase.expectations {
                let rbac = expectation.request
                var groups = rbac.groups.filter { !$0.isEmpty }
                let principal: String
                if rbac.user.isEmpty {
                    guard !groups.isEmpty else { continue }
                    principal = "k8s:vectors:group:\(groups.removeFirst())"
                } else if rbac.user.hasPrefix("system:serviceaccount:"), rbac.user.split(separator: ":", omittingEmptySubsequences: false).count == 4 {
                    let parts = rbac.user.split(separator: ":", omittingEmptySubsequences: false)
                    principal = "k8s:vectors:serviceaccount:\(parts[2]):\(parts[3])"
                } else {
                    principal = "k8s:vectors:user:\(rbac.user)"
                }
                var resource = rbac.path
                if rbac.isResourceRequest {
                    resource = rbac.resource + (rbac.apiGroup.isEmpty ? "" : "." + rbac.apiGroup) + (rbac.subresource.isEmpty ? "" : "/" + rbac.subresource)
                }
                // Resource names holding `.` or `/` cannot be written in kubectl's form.
                guard !rbac.resource.contains("."), !rbac.resource.contains("/") else { continue }
                var attributes: [String: [String]] = [:]
                if !rbac.namespace.isEmpty { attributes["namespace"] = [rbac.namespace] }
                if !rbac.name.isEmpty { attributes["name"] = [rbac.name] }
                if !groups.isEmpty { attributes["groups"] = groups }
                let request = Request(principal: PrincipalID(principal), action: rbac.verb, resource: resource, attributes: attributes)
                let decision = authorizer.decide(request, graph: PermissionGraph())
                #expect(decision.isAllowed == expectation.allowed, "\(testCase.name): \(principal) \(expectation)")
            }
        }
    }

    @Test(arguments: files)
    func ruleMatchingAgreesWithUpstream(_ path: String) throws {
        let file = try VectorFile(path)
        for testCase in file.ruleCases {
            for expectation in testCase.expectations {
                #expect(RuleMatching.allows(testCase.rule, expectation.request) == expectation.allowed, "\(testCase.name): \(expectation)")
            }
        }
    }

    @Test(arguments: files)
    func comparatorAgreesWithUpstream(_ path: String) throws {
        let file = try VectorFile(path)
        for testCase in file.coversCases {
            let (covered, uncovered) = PolicyComparator.covers(testCase.owner, testCase.servant)
            #expect(covered == testCase.covered, "\(testCase.name)")
            #expect(Set(uncovered) == Set(testCase.uncovered) && uncovered.count == testCase.uncovered.count, "\(testCase.name): \(uncovered)")
        }
        for (owner, requested, covers) in file.urlCovers {
            #expect(RuleMatching.nonResourceURLCovers(owner, requested) == covers, "\(owner) covers \(requested)")
        }
    }

    @Test func everyFileHasCases() throws {
        var requests = 0
        for path in Self.files {
            let file = try VectorFile(path)
            requests += file.authorizerCases.flatMap(\.expectations).count + file.ruleCases.flatMap(\.expectations).count
            requests += file.coversCases.count + file.urlCovers.count
        }
        #expect(requests > 150)
    }
}
