import AccessGraph

/// The part of the permission graph an export shows: principals and edges in a fixed order.
public struct GraphView: Sendable {
    /// The principals shown, sorted by id.
    public var principals: [Principal]
    /// Edge endpoints that are policies rather than principals (a Kubernetes binding's role),
    /// sorted by id.
    public var policies: [Policy]
    /// Edge endpoints that no input defines (a trust naming a deleted role), sorted.
    public var unresolved: [PrincipalID]
    /// The edges shown, sorted by source, target, kind and reason.
    public var edges: [Edge]

    /// The whole graph.
    public init(wholeGraph graph: PermissionGraph) {
        self.init(principals: graph.sortedPrincipals, edges: graph.edges, graph: graph)
    }

    /// Everything `origin` can reach, the edges among those principals, and the edges from them
    /// to policies (a Kubernetes subject's roles).
    public init(reachableFrom origin: PrincipalID, in graph: PermissionGraph) {
        let reach = Reachability(from: origin, in: graph)
        let members = Set([origin] + reach.reached)
        self.init(
            principals: members.compactMap { graph.principals[$0] }.sorted { $0.id < $1.id },
            edges: graph.edges.filter { members.contains($0.from) && (members.contains($0.to) || graph.policies[$0.to.rawValue] != nil) },
            graph: graph)
    }

    private init(principals: [Principal], edges: [Edge], graph: PermissionGraph) {
        self.principals = principals
        self.edges = edges.sorted { left, right in
            (left.from, left.to, left.kind, left.reason) < (right.from, right.to, right.kind, right.reason)
        }
        let defined = Set(principals.map(\.id))
        let others = Set(edges.flatMap { [$0.from, $0.to] }).filter { !defined.contains($0) && graph.principals[$0] == nil }
        self.policies = others.compactMap { graph.policies[$0.rawValue] }.sorted { $0.id < $1.id }
        self.unresolved = others.filter { graph.policies[$0.rawValue] == nil }.sorted()
    }
}
