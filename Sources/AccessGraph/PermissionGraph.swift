import Documents

/// Graph elements one importer contributed: merged into the ``PermissionGraph``.
public struct GraphFragment: Sendable {
    /// Principals defined.
    public var principals: [Principal]
    /// Resources defined.
    public var resources: [Resource]
    /// Policies parsed.
    public var policies: [Policy]
    /// Edges between principals.
    public var edges: [Edge]

    /// Makes a fragment.
    public init(principals: [Principal] = [], resources: [Resource] = [], policies: [Policy] = [], edges: [Edge] = []) {
        self.principals = principals
        self.resources = resources
        self.policies = policies
        self.edges = edges
    }

    /// Adds another fragment's elements after this one's.
    public mutating func append(_ other: GraphFragment) {
        principals += other.principals
        resources += other.resources
        policies += other.policies
        edges += other.edges
    }
}

/// The permission graph: every principal, resource, policy and edge the inputs define, across
/// providers, with the authorizers that decide requests on it.
public struct PermissionGraph: Sendable {
    /// Principals by canonical id.
    public private(set) var principals: [PrincipalID: Principal] = [:]
    /// Resources by canonical id.
    public private(set) var resources: [String: Resource] = [:]
    /// Policies by canonical id.
    public private(set) var policies: [String: Policy] = [:]
    /// Every edge, in the order added.
    public private(set) var edges: [Edge] = []
    /// Indexes of `edges` leaving each principal.
    private var outgoingIndexes: [PrincipalID: [Int]] = [:]
    /// The authorizer of each provider present.
    public private(set) var authorizers: [Provider: any Authorizer] = [:]

    /// An empty graph.
    public init() {}

    /// Adds a fragment's elements. A principal, resource or policy defined twice keeps its first
    /// definition: inputs are merged in a fixed order, so the result is deterministic.
    public mutating func merge(_ fragment: GraphFragment) {
        for principal in fragment.principals where principals[principal.id] == nil {
            principals[principal.id] = principal
        }
        for resource in fragment.resources where resources[resource.id] == nil {
            resources[resource.id] = resource
        }
        for policy in fragment.policies where policies[policy.id] == nil {
            policies[policy.id] = policy
        }
        for edge in fragment.edges {
            outgoingIndexes[edge.from, default: []].append(edges.count)
            edges.append(edge)
        }
    }

    /// Installs the authorizer for its provider.
    public mutating func install(_ authorizer: any Authorizer) {
        authorizers[authorizer.provider] = authorizer
    }

    /// Records whether a principal is a person, overriding what its importer concluded (the
    /// configuration's `principals: human/machine` patterns). Unknown ids are ignored.
    public mutating func setHuman(_ status: HumanStatus, for id: PrincipalID) {
        principals[id]?.human = status
    }

    /// The edges leaving a principal, in the order added.
    public func edges(from principal: PrincipalID) -> [Edge] {
        (outgoingIndexes[principal] ?? []).map { edges[$0] }
    }

    /// Principals sorted by id, for deterministic output.
    public var sortedPrincipals: [Principal] {
        principals.values.sorted { $0.id < $1.id }
    }

    /// Resolves what a user typed to one principal (see ``PrincipalQuery``).
    public func principal(matching query: String) -> PrincipalLookup {
        PrincipalQuery(query).resolve(in: principals.values)
    }

    /// Resolves what a user typed to the principal itself, or the error to report: an ambiguous
    /// name lists its candidates, an unknown one suggests a near name.
    public func resolvePrincipal(_ query: String) -> Result<Principal, PrincipalLookupError> {
        switch principal(matching: query) {
        case .found(let id):
            guard let principal = principals[id] else { return .failure(.notFound(query: query, suggestion: nil)) }
            return .success(principal)
        case .ambiguous(let candidates):
            return .failure(.ambiguous(query: query, candidates: candidates))
        case .notFound(let suggestion):
            return .failure(.notFound(query: query, suggestion: suggestion))
        }
    }
}
