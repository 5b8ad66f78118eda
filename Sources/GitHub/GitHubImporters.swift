import AccessGraph

/// The importers of the `github` provider, registered with the audit pipeline.
///
/// Empty until the provider's importers land (issue 6); the module exists so that the package
/// layout and its import boundaries hold from the start.
public enum GitHubImporters {
    /// Every importer this provider offers.
    public static let all: [any Importer] = []
}
