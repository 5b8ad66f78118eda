import AccessGraph

/// The part of the permission graph an export shows: principals and edges in a fixed order.
public struct GraphView: Sendable {
    /// The principals shown, sorted by id.
    public var principals: [Principal]
    /// Edge endpoints that no input defines (a trust naming a deleted role), sorted.
    public var unresolved: [PrincipalID]
    /// The edges shown, sorted by source, target, kind and reason.
    public var edges: [Edge]

    /// The whole graph.
    public init(wholeGraph graph: PermissionGraph) {
        self.init(principals: graph.sortedPrincipals, edges: graph.edges, graph: graph)
    }

    /// Everything `origin` can reach, and the edges among those principals.
    public init(reachableFrom origin: PrincipalID, in graph: PermissionGraph) {
        let reach = Reachability(from: origin, in: graph)
        let members = Set([origin] + reach.reached)
        self.init(
            principals: members.compactMap { graph.principals[$0] }.sorted { $0.id < $1.id },
            edges: graph.edges.filter { members.contains($0.from) && members.contains($0.to) },
            graph: graph)
    }

    private init(principals: [Principal], edges: [Edge], graph: PermissionGraph) {
        self.principals = principals
        self.edges = edges.sorted { left, right in
            (left.from, left.to, left.kind, left.reason) < (right.from, right.to, right.kind, right.reason)
        }
        let defined = Set(principals.map(\.id))
        let endpoints = Set(edges.flatMap { [$0.from, $0.to] })
        self.unresolved = endpoints.filter { !defined.contains($0) && graph.principals[$0] == nil }.sorted()
    }
}
