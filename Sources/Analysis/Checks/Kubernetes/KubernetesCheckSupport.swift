import AccessGraph
import Documents
import Kubernetes

/// What the Kubernetes checks share: the model, and how subjects are named in findings.
enum KubernetesCheckSupport {
    /// The imported clusters, sorted by name (none when no Kubernetes input was read).
    static func clusters(in context: AnalysisContext) -> [ClusterModel] {
        context.model(KubernetesModel.self, of: .kubernetes)?.sortedClusters ?? []
    }

    /// `ServiceAccount ci/builder`, `User alice`, `Group devs`.
    static func describe(_ subject: Subject, in binding: RBACBinding) -> String {
        if subject.kind == "ServiceAccount" {
            return "ServiceAccount `\(binding.serviceAccountNamespace(of: subject) ?? "")/\(subject.name)`"
        }
        return "\(subject.kind) `\(subject.name)`"
    }

    /// The canonical id of a subject, or nil when it matches no one.
    static func principalID(of subject: Subject, in binding: RBACBinding, cluster: String) -> String? {
        switch subject.kind {
        case "User": return "k8s:\(cluster):user:\(subject.name)"
        case "Group": return "k8s:\(cluster):group:\(subject.name)"
        default:
            guard let namespace = binding.serviceAccountNamespace(of: subject), !namespace.isEmpty else { return nil }
            return "k8s:\(cluster):serviceaccount:\(namespace):\(subject.name)"
        }
    }

    /// The scope a binding grants in: `cluster-wide` or `in namespace \`ns\``.
    static func scope(of binding: RBACBinding) -> String {
        binding.namespace.map { "in namespace `\($0)`" } ?? "cluster-wide"
    }

    /// Whether a name is one of the API server's own (`system:` prefix).
    static func isSystemName(_ name: String) -> Bool {
        name.hasPrefix("system:")
    }
}
