import AccessGraph

/// The importers of the `aws` provider, registered with the audit pipeline.
///
/// Empty until the provider's importers land (issue 3); the module exists so that the package
/// layout and its import boundaries hold from the start.
public enum AWSImporters {
    /// Every importer this provider offers.
    public static let all: [any Importer] = []
}
