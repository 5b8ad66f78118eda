import AccessGraph
import Documents
import Testing
@testable import Kubernetes

struct AuthorizerTests {
    static let objects = """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: reader}
        rules:
        - {apiGroups: [""], resources: [pods], verbs: [get]}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: everyone-reads}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reader}
        subjects: [{kind: Group, name: "system:authenticated"}]
        """

    static func authorizer() throws -> (any Authorizer, PermissionGraph) {
        let outcome = try ImportHelpers.importFiles([("c/rbac.yaml", objects)])
        let graph = ImportHelpers.graph(outcome)
        return (try #require(graph.authorizers[.kubernetes]), graph)
    }

    @Test func impliedGroupsComeFromTheIdentity() throws {
        let (authorizer, graph) = try Self.authorizer()
        func decide(_ principal: String, groups: [String] = []) -> Decision {
            var attributes: [String: [String]] = ["namespace": ["x"]]
            if !groups.isEmpty { attributes["groups"] = groups }
            return authorizer.decide(Request(principal: PrincipalID(principal), action: "get", resource: "pods", attributes: attributes), graph: graph)
        }
        #expect(decide("k8s:c:user:alice").isAllowed)
        #expect(decide("k8s:c:serviceaccount:ns:app").isAllowed)
        #expect(!decide("k8s:c:user:system:anonymous").isAllowed)
        #expect(!decide("k8s:c:group:outsiders").isAllowed)
        #expect(decide("k8s:c:user:system:anonymous", groups: ["system:masters"]).isAllowed)
        #expect(!decide("k8s:other:user:alice").isAllowed)
        #expect(decide("arn:aws:iam::1:user/alice").outcome == .implicitDeny)
    }

    @Test func decisionsNameTheBindingAndRoleWithLocations() throws {
        let (authorizer, graph) = try Self.authorizer()
        let decision = authorizer.decide(Request(principal: "k8s:c:user:alice", action: "get", resource: "pods", attributes: ["namespace": ["x"]]), graph: graph)
        #expect(decision.reasons.count == 2)
        #expect(decision.reasons[0].detail == "ClusterRoleBinding everyone-reads grants ClusterRole reader to Group `system:authenticated`")
        #expect(decision.reasons[0].location?.line == 7)
        #expect(decision.reasons[1].location?.line == 5)
        let denied = authorizer.decide(Request(principal: "k8s:c:user:alice", action: "list", resource: "pods", attributes: ["namespace": ["x"]]), graph: graph)
        #expect(denied.outcome == .implicitDeny)
        #expect(denied.reasons.first?.detail == "no RBAC rule bound to `alice` allows `list pods in namespace x`")
    }

    @Test func resourceNamesSplitAsKubectlDoes() {
        func parts(_ text: String) -> [String] {
            let name = ResourceName(parsing: text)
            return [name.resource, name.group, name.subresource]
        }
        #expect(parts("deployments.apps/scale") == ["deployments", "apps", "scale"])
        #expect(parts("ingresses.networking.k8s.io") == ["ingresses", "networking.k8s.io", ""])
        #expect(parts("pods/exec") == ["pods", "", "exec"])
    }

    @Test func identitiesRoundTrip() throws {
        for id in ["k8s:prod:user:alice", "k8s:prod:group:system:masters", "k8s:prod:serviceaccount:ci:builder"] {
            #expect(try #require(KubernetesIdentity(id: id)).id == id)
        }
        #expect(KubernetesIdentity(id: "k8s:prod:serviceaccount:ci:builder")?.userName == "system:serviceaccount:ci:builder")
        #expect(KubernetesIdentity(id: "k8s:prod:role:x") == nil)
    }

    @Test func byteExactComparison() {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        #expect(composed == decomposed)  // Swift's String equality is canonical…
        let rule = PolicyRule(verbs: ["get"], apiGroups: [""], resources: [composed])
        #expect(!RuleMatching.allows(rule, .resource(user: "", groups: [], verb: "get", resource: decomposed)))  // …Go's is not.
        #expect(RuleMatching.allows(rule, .resource(user: "", groups: [], verb: "get", resource: composed)))
    }
}
