import AccessGraph

/// Which principals one principal can reach through the graph's edges, with the shortest path to
/// each (fewest hops; among equal lengths, the one found first in edge order).
///
/// Every edge kind is followed — `memberOf`, `assumes`, `federates`, `bindsTo`, `runsAs`,
/// `mapsTo`, `escalates`, `canModify` — and cycles are normal (role A assumes B assumes A): each
/// principal is visited once. Conditions stay on the edges of the path, so a path that needs MFA
/// or a second reviewer says so.
public struct Reachability: Sendable {
    /// Where the search started.
    public let origin: PrincipalID
    /// For each principal reached (the origin excluded), the edge that first reached it.
    private let arrivals: [PrincipalID: Edge]
    /// The principals reached, in the order the search met them (nearest first).
    public let reached: [PrincipalID]

    /// Searches breadth-first from `origin`.
    public init(from origin: PrincipalID, in graph: PermissionGraph) {
        self.origin = origin
        var arrivals: [PrincipalID: Edge] = [:]
        var order: [PrincipalID] = []
        var frontier = [origin]
        var seen: Set<PrincipalID> = [origin]
        while !frontier.isEmpty {
            var next: [PrincipalID] = []
            for principal in frontier {
                for edge in graph.edges(from: principal) where !seen.contains(edge.to) {
                    seen.insert(edge.to)
                    arrivals[edge.to] = edge
                    order.append(edge.to)
                    next.append(edge.to)
                }
            }
            frontier = next
        }
        self.arrivals = arrivals
        self.reached = order
    }

    /// Whether `target` can be reached (the origin reaches itself).
    public func reaches(_ target: PrincipalID) -> Bool {
        target == origin || arrivals[target] != nil
    }

    /// The shortest path from the origin to `target`, edge by edge; empty for the origin itself,
    /// nil when it is not reachable.
    public func path(to target: PrincipalID) -> [Edge]? {
        if target == origin { return [] }
        var edges: [Edge] = []
        var current = target
        while current != origin {
            guard let edge = arrivals[current] else { return nil }
            edges.append(edge)
            current = edge.from
        }
        return edges.reversed()
    }

    /// The conditions that must all hold along the path to `target` (empty when the path is
    /// unconditional or the target is unreachable).
    public func conditions(to target: PrincipalID) -> [Condition] {
        (path(to: target) ?? []).flatMap(\.conditions)
    }
}
