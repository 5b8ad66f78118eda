import AccessGraph
import Documents
import Kubernetes

/// Links Kubernetes service accounts annotated for IAM Roles for Service Accounts (IRSA) to the
/// role they name — when the role's trust admits them.
///
/// The annotation (`eks.amazonaws.com/role-arn`) only says which role the pod will ask for; the
/// trust policy is the authority. For every EKS OIDC provider that federates into that role, the
/// AWS authorizer decides with `sub` = `system:serviceaccount:NS:NAME` and `aud` =
/// `sts.amazonaws.com` (what EKS's webhook requests). RBAC exports do not say which issuer a
/// cluster uses, so the edge carries that as a condition.
struct IRSALinker: ProviderLinker {
    /// The annotation naming the role.
    static let annotation = "eks.amazonaws.com/role-arn"

    func links(in graph: PermissionGraph, models: [Provider: any Sendable]) -> GraphFragment {
        let issuers = TrustedIssuer.all(in: graph).filter { $0.host.hasPrefix("oidc.eks.") }
        guard !issuers.isEmpty else { return GraphFragment() }
        var fragment = GraphFragment()
        for account in graph.sortedPrincipals where account.kind == .serviceAccount {
            guard let role = account.tags[Self.annotation], let identity = KubernetesIdentity(id: account.id.rawValue) else { continue }
            let userName = identity.userName
            for issuer in issuers {
                for trust in issuer.edges where trust.to.rawValue == role {
                    guard let decision = issuer.admits(
                        into: trust, claims: ["sub": userName, "aud": "sts.amazonaws.com"], chosenByCaller: [], graph: graph)
                    else { continue }
                    let issuerCondition = Condition(operation: "ClusterIssuer", key: "cluster OIDC issuer", values: [issuer.host])
                    if let edge = Edge(
                        from: account.id, to: trust.to, kind: .federates,
                        reason: "`\(userName)` is annotated with `\(role)` and its trust admits that subject from `\(issuer.host)`",
                        source: trust.source, conditions: [issuerCondition] + decision.conditions) {
                        fragment.edges.append(edge)
                    }
                }
            }
        }
        return fragment
    }
}
