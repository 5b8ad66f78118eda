import AccessGraph
import Documents

/// Links GitHub Actions OIDC subjects to the AWS roles whose trust policies admit them.
///
/// For every OIDC provider for `token.actions.githubusercontent.com` and every role it federates
/// into, the AWS authorizer decides `sts:AssumeRoleWithWebIdentity` with the subject's `sub` as
/// `token.actions.githubusercontent.com:sub`. The audience is the workflow's to choose, so a
/// condition on `:aud` never blocks the link. An outsider's subject (a workflow in a repository the
/// organisation does not own) is tried too: a trust that admits it gets an edge from the synthetic
/// principal `github:oidc:outsider`, which is how a missing or wildcard `sub` shows up as a path.
struct GitHubFederationLinker: ProviderLinker {
    /// GitHub's OIDC issuer host.
    static let issuerHost = "token.actions.githubusercontent.com"
    /// The synthetic subject of a workflow in a repository nobody in the inputs owns.
    static let outsiderID = PrincipalID("github:oidc:outsider")
    /// Its `sub`, in GitHub's default format.
    static let outsiderSubject = "repo:leastpriv-outsider/any-repository:ref:refs/heads/main"

    func links(in graph: PermissionGraph, models: [Provider: any Sendable]) -> GraphFragment {
        let issuers = TrustedIssuer.all(in: graph).filter { $0.host == Self.issuerHost }
        guard !issuers.isEmpty else { return GraphFragment() }
        let subjects = graph.sortedPrincipals.filter { $0.provider == .github && $0.kind == .oidcSubject && $0.tags["sub"] != nil }
        var fragment = GraphFragment()
        for issuer in issuers {
            for trust in issuer.edges {
                for subject in subjects {
                    guard let sub = subject.tags["sub"],
                          let decision = issuer.admits(into: trust, claims: ["sub": sub], chosenByCaller: ["aud"], graph: graph)
                    else { continue }
                    if let edge = Edge(
                        from: subject.id, to: trust.to, kind: .federates,
                        reason: "trust of `\(trust.to.rawValue)` admits GitHub OIDC subject `\(sub)` through `\(issuer.provider.rawValue)`",
                        source: trust.source, conditions: decision.conditions) {
                        fragment.edges.append(edge)
                    }
                }
                if let decision = issuer.admits(into: trust, claims: ["sub": Self.outsiderSubject], chosenByCaller: ["aud"], graph: graph),
                   let edge = Edge(
                       from: Self.outsiderID, to: trust.to, kind: .federates,
                       reason: "trust of `\(trust.to.rawValue)` admits a workflow of any repository (subject `\(Self.outsiderSubject)`) through `\(issuer.provider.rawValue)`",
                       source: trust.source, conditions: decision.conditions) {
                    fragment.edges.append(edge)
                }
            }
        }
        if fragment.edges.contains(where: { $0.from == Self.outsiderID }) {
            fragment.principals.append(Principal(
                id: Self.outsiderID, provider: .github, kind: .oidcSubject, displayName: "a workflow in any GitHub repository",
                aliases: ["outsider"], human: .machine, tags: ["sub": Self.outsiderSubject],
                provenance: fragment.edges.first { $0.from == Self.outsiderID }!.source))
        }
        return fragment
    }
}
