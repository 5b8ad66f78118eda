import AccessGraph
import Documents
import Kubernetes

/// Links AWS IAM roles and users to the Kubernetes users and groups that `kube-system/aws-auth`
/// and EKS access entries map them to (`mapsTo` edges).
///
/// A mapped ARN is matched to the AWS principal with that id, or — since aws-auth ARNs leave out
/// the role's path — to the role of that account with that name. A mapping whose user name is a
/// template (`{{SessionName}}`) links straight to its groups. `mapAccounts` (every identity of an
/// account) is not linked yet. Mappings whose ARN is not in the inputs link nothing.
struct AWSAuthLinker: ProviderLinker {
    func links(in graph: PermissionGraph, models: [Provider: any Sendable]) -> GraphFragment {
        guard let model = models[.kubernetes] as? KubernetesModel else { return GraphFragment() }
        var fragment = GraphFragment()
        for cluster in model.sortedClusters {
            for mapping in cluster.cloudMappings where mapping.source != .awsAuthAccount {
                guard let from = awsPrincipal(for: mapping.cloudIdentity, in: graph) else { continue }
                var targets: [PrincipalID] = []
                if let user = mapping.userName, !user.contains("{{") {
                    targets = [PrincipalID(KubernetesIdentity(cluster: cluster.name, kind: .user, name: user).id)]
                } else {
                    targets = mapping.groups.map { PrincipalID(KubernetesIdentity(cluster: cluster.name, kind: .group, name: $0).id) }
                }
                for target in targets where graph.principals[target] != nil {
                    if let edge = Edge(
                        from: from, to: target, kind: .mapsTo,
                        reason: "\(mapping.source.rawValue) of cluster `\(cluster.name)` maps `\(mapping.cloudIdentity)` to `\(target.rawValue)`",
                        source: mapping.location) {
                        fragment.edges.append(edge)
                    }
                }
            }
        }
        return fragment
    }

    /// The AWS principal an aws-auth ARN names.
    private func awsPrincipal(for arn: String, in graph: PermissionGraph) -> PrincipalID? {
        let id = PrincipalID(arn)
        if graph.principals[id]?.provider == .aws { return id }
        guard let roleRange = arn.range(of: ":role/") else { return nil }
        let accountPrefix = String(arn[..<roleRange.lowerBound])
        let name = arn[roleRange.upperBound...].split(separator: "/").last.map(String.init) ?? ""
        return graph.sortedPrincipals.first { principal in
            principal.provider == .aws && principal.kind == .role && principal.id.rawValue.hasPrefix(accountPrefix + ":role/")
                && principal.id.rawValue.hasSuffix("/" + name)
        }?.id
    }
}
