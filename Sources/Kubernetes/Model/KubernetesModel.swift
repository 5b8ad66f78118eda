/// The Kubernetes provider's typed model: every cluster imported, by name. Checks read it through
/// `AnalysisContext.model(KubernetesModel.self, of: .kubernetes)`.
public struct KubernetesModel: Sendable {
    /// Clusters by name.
    public var clusters: [String: ClusterModel]

    /// Makes a model.
    public init(clusters: [String: ClusterModel] = [:]) {
        self.clusters = clusters
    }

    /// Clusters sorted by name, for deterministic output.
    public var sortedClusters: [ClusterModel] {
        clusters.keys.sorted().compactMap { clusters[$0] }
    }
}
