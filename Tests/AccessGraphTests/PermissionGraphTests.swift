import Documents
import Testing
@testable import AccessGraph

/// An authorizer that answers one fixed outcome, to check that the graph keeps authorizers.
private struct FixedAuthorizer: Authorizer {
    let provider: Provider
    let outcome: Decision.Outcome

    func decide(_ request: Request, graph: PermissionGraph) -> Decision {
        Decision(outcome, reasons: [DecisionReason(detail: "fixed")])
    }
}

@Suite("permission graph")
struct PermissionGraphTests {
    static let first = GraphSamples.principal("arn:aws:iam::1:user/alice", name: "first alice")
    static let second = GraphSamples.principal("arn:aws:iam::1:user/alice", name: "second alice")
    static let bob = GraphSamples.principal("arn:aws:iam::1:user/bob", name: "bob")

    static func policy(_ id: String, name: String) -> Policy {
        Policy(id: id, provider: .aws, kind: .identity, name: name, statements: [], provenance: GraphSamples.source)
    }

    static func resource(_ id: String, name: String) -> Resource {
        Resource(id: id, provider: .aws, type: "s3:bucket", displayName: name, provenance: GraphSamples.source)
    }

    @Test("merge keeps the first definition of a principal, resource and policy")
    func mergeKeepsFirst() {
        var graph = PermissionGraph()
        graph.merge(GraphFragment(principals: [Self.first], resources: [Self.resource("r", name: "first")], policies: [Self.policy("p", name: "first")]))
        graph.merge(GraphFragment(principals: [Self.second, Self.bob], resources: [Self.resource("r", name: "second")], policies: [Self.policy("p", name: "second")]))
        #expect(graph.principals[Self.first.id]?.displayName == "first alice")
        #expect(graph.resources["r"]?.displayName == "first")
        #expect(graph.policies["p"]?.name == "first")
        #expect(graph.principals.count == 2)
    }

    @Test("within one fragment, the first definition wins too")
    func mergeKeepsFirstWithinFragment() {
        var graph = PermissionGraph()
        graph.merge(GraphFragment(principals: [Self.second, Self.first]))
        #expect(graph.principals[Self.first.id]?.displayName == "second alice")
    }

    @Test("edges(from:) lists a principal's edges in the order added, across merges")
    func edgeOrder() {
        var graph = PermissionGraph()
        let a = "arn:aws:iam::1:user/alice", b = "arn:aws:iam::1:user/bob"
        graph.merge(GraphFragment(edges: [
            GraphSamples.edge(a, "g1", reason: "one"), GraphSamples.edge(b, "g1", reason: "bob"), GraphSamples.edge(a, "g2", reason: "two"),
        ]))
        graph.merge(GraphFragment(edges: [GraphSamples.edge(a, "r", .assumes, reason: "three")]))
        #expect(graph.edges(from: PrincipalID(a)).map(\.reason) == ["one", "two", "three"])
        #expect(graph.edges(from: PrincipalID(b)).map(\.reason) == ["bob"])
        #expect(graph.edges(from: "nobody").isEmpty)
        #expect(graph.edges.map(\.reason) == ["one", "bob", "two", "three"])
    }

    @Test("sortedPrincipals sorts by id")
    func sortedPrincipals() {
        var graph = PermissionGraph()
        graph.merge(GraphFragment(principals: GraphSamples.all.reversed()))
        let ids = graph.sortedPrincipals.map(\.id)
        #expect(ids == ids.sorted())
        #expect(ids.count == GraphSamples.all.count)
    }

    @Test("append keeps both fragments' elements in order")
    func fragmentAppend() {
        var fragment = GraphFragment(principals: [Self.first])
        fragment.append(GraphFragment(principals: [Self.bob], edges: [GraphSamples.edge("x", "y")]))
        #expect(fragment.principals.map(\.displayName) == ["first alice", "bob"])
        #expect(fragment.edges.count == 1)
    }

    @Test("install keeps one authorizer per provider, the latest")
    func authorizers() {
        var graph = PermissionGraph()
        graph.install(FixedAuthorizer(provider: .aws, outcome: .implicitDeny))
        graph.install(FixedAuthorizer(provider: .aws, outcome: .allow))
        graph.install(FixedAuthorizer(provider: .kubernetes, outcome: .explicitDeny))
        #expect(graph.authorizers.count == 2)
        let request = Request(principal: "p", action: "s3:GetObject", resource: "*")
        #expect(graph.authorizers[.aws]?.decide(request, graph: graph).outcome == .allow)
    }

    @Test("principal(matching:) and resolvePrincipal resolve short forms")
    func resolves() {
        var graph = PermissionGraph()
        graph.merge(GraphFragment(principals: GraphSamples.all))
        #expect(graph.principal(matching: "alice") == .found(GraphSamples.alice.id))
        #expect((try? graph.resolvePrincipal("ci:builder").get())?.id == GraphSamples.builder.id)
        #expect(graph.resolvePrincipal("deploy") == .failure(.ambiguous(query: "deploy", candidates: [GraphSamples.deploy.id, GraphSamples.otherDeploy.id])))
        #expect(graph.resolvePrincipal("alic") == .failure(.notFound(query: "alic", suggestion: GraphSamples.alice.id)))
    }

    @Test("lookup errors read as one line that names the candidates or a suggestion")
    func lookupErrorMessages() {
        let ambiguous = PrincipalLookupError.ambiguous(query: "deploy", candidates: ["arn:a", "arn:b"])
        #expect(ambiguous.description == "principal `deploy` is ambiguous: `arn:a`, `arn:b`")
        #expect(ambiguous.query == "deploy")
        let suggested = PrincipalLookupError.notFound(query: "alic", suggestion: "arn:aws:iam::1:user/alice")
        #expect(suggested.description == "unknown principal `alic`; did you mean `arn:aws:iam::1:user/alice`?")
        #expect(PrincipalLookupError.notFound(query: "x", suggestion: nil).description == "unknown principal `x`")
    }
}
