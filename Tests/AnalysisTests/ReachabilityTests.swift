import AccessGraph
import Documents
import Testing
@testable import Analysis

struct ReachabilityTests {
    let source = FileLocation(file: "graph.json")

    func principal(_ name: String) -> Principal {
        Principal(id: PrincipalID(name), provider: .aws, kind: .role, displayName: name, provenance: source)
    }

    func edge(_ from: String, _ to: String, _ kind: EdgeKind = .assumes, conditions: [Condition] = []) -> Edge {
        Edge(from: PrincipalID(from), to: PrincipalID(to), kind: kind, reason: "\(from) to \(to)", source: source, conditions: conditions)!
    }

    func graph(_ edges: [Edge]) -> PermissionGraph {
        var graph = PermissionGraph()
        let names = Set(edges.flatMap { [$0.from.rawValue, $0.to.rawValue] })
        graph.merge(GraphFragment(principals: names.sorted().map(principal), edges: edges))
        return graph
    }

    @Test func followsEveryKindAndKeepsTheShortestPath() throws {
        let mfa = Condition(operation: "Bool", key: "aws:MultiFactorAuthPresent", values: ["true"])
        let graph = graph([
            edge("alice", "admins", .memberOf),
            edge("admins", "deploy", .assumes, conditions: [mfa]),
            edge("deploy", "registry-pusher", .escalates(technique: "iam-passrole-lambda")),
            edge("alice", "long-way", .memberOf),
            edge("long-way", "longer", .assumes),
            edge("longer", "registry-pusher", .assumes),
            edge("unrelated", "alice", .assumes),
        ])
        let reach = Reachability(from: "alice", in: graph)
        let path = try #require(reach.path(to: "registry-pusher"))
        #expect(path.map(\.to.rawValue) == ["admins", "deploy", "registry-pusher"])
        #expect(path.map(\.kind.description) == ["memberOf", "assumes", "escalates(iam-passrole-lambda)"])
        #expect(reach.conditions(to: "registry-pusher") == [mfa])
        #expect(!reach.reaches("unrelated"))
        #expect(reach.path(to: "unrelated") == nil)
        #expect(reach.path(to: "alice") == [])
        #expect(reach.reached == ["admins", "long-way", "deploy", "longer", "registry-pusher"])
    }

    @Test func cyclesEnd() {
        let graph = graph([edge("a", "b"), edge("b", "c"), edge("c", "a"), edge("b", "b")])
        let reach = Reachability(from: "a", in: graph)
        #expect(reach.reached == ["b", "c"])
        #expect(reach.path(to: "c")?.count == 2)
    }

    @Test func aLongChainIsWalkedWithoutRecursion() {
        let edges = (0..<20_000).map { edge("p\($0)", "p\($0 + 1)") }
        let reach = Reachability(from: "p0", in: graph(edges))
        #expect(reach.path(to: "p20000")?.count == 20_000)
    }
}
