import AccessGraph

/// The importers of the `aws` provider, registered with the audit pipeline.
public enum AWSImporters {
    /// Every importer this provider offers: one, reading every AWS format, so that files join.
    public static let all: [any Importer] = [AWSImporter()]
}
