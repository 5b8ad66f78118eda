import AccessGraph

/// The links between providers, made after every importer has run: each linker reads the merged
/// graph (and provider models where needed) and returns edges, so no provider imports another.
///
/// Runs after import and before checks: the checks and the reachability search must see paths that
/// cross systems (a GitHub workflow → an AWS role → a Kubernetes group).
struct CrossProviderLinks {
    /// The linkers, each for one kind of link.
    let linkers: [any ProviderLinker] = [
        GitHubFederationLinker(),
        IRSALinker(),
        AWSAuthLinker(),
    ]

    /// Adds every linker's principals and edges to the graph.
    func link(_ graph: inout PermissionGraph, models: [Provider: any Sendable]) {
        var fragment = GraphFragment()
        for linker in linkers {
            fragment.append(linker.links(in: graph, models: models))
        }
        graph.merge(fragment)
    }
}

/// Makes one kind of cross-provider link.
protocol ProviderLinker: Sendable {
    /// The principals and edges it adds.
    func links(in graph: PermissionGraph, models: [Provider: any Sendable]) -> GraphFragment
}

/// An OIDC identity provider that an AWS account trusts, with the roles it federates into.
struct TrustedIssuer {
    /// The provider's principal (`arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com`).
    let provider: PrincipalID
    /// The issuer host and path (`token.actions.githubusercontent.com`), which prefixes its
    /// condition keys (`token.actions.githubusercontent.com:sub`).
    let host: String
    /// The `federates` edges from the provider to roles.
    let edges: [Edge]

    /// Every OIDC provider in the graph that federates into something.
    static func all(in graph: PermissionGraph) -> [TrustedIssuer] {
        graph.sortedPrincipals.compactMap { principal in
            guard principal.kind == .federated, let range = principal.id.rawValue.range(of: ":oidc-provider/") else { return nil }
            let edges = graph.edges(from: principal.id).filter { $0.kind == .federates }
            guard !edges.isEmpty else { return nil }
            return TrustedIssuer(provider: principal.id, host: String(principal.id.rawValue[range.upperBound...]), edges: edges)
        }
    }

    /// What the role's trust decides for a token with these claims, asked of the trusting
    /// provider's authorizer. Claims not given are unknown, so conditions on them stay; conditions
    /// on the keys in `chosenByCaller` are dropped, because whoever requests the token picks those
    /// values (a workflow chooses its token's audience).
    func admits(into edge: Edge, claims: [String: String], chosenByCaller: Set<String>, graph: PermissionGraph) -> Decision? {
        guard let authorizer = graph.authorizers[.aws] else { return nil }
        var context: [String: [String]] = [:]
        for (claim, value) in claims { context["\(host):\(claim)"] = [value] }
        let request = Request(
            principal: provider, action: "sts:AssumeRoleWithWebIdentity", resource: edge.to.rawValue,
            context: RequestContext(values: context))
        var decision = authorizer.decide(request, graph: graph)
        if case .conditionalAllow(let conditions) = decision.outcome {
            let chosenKeys = Set(chosenByCaller.map { "\(host):\($0)".lowercased() })
            let remaining = conditions.filter { !chosenKeys.contains($0.key.lowercased()) }
            decision.outcome = remaining.isEmpty ? .allow : .conditionalAllow(remaining)
        }
        return decision.mayBeAllowed ? decision : nil
    }
}
