import AccessGraph

/// The importers of the `kubernetes` provider, registered with the audit pipeline.
public enum KubernetesImporters {
    /// Every importer this provider offers.
    public static let all: [any Importer] = [KubernetesImporter()]
}
