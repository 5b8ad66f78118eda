import AccessGraph

/// The importers of the `github` provider, registered with the audit pipeline.
///
/// One importer reads both workflows and organisation exports, so that a workflow's repository,
/// default token setting and OIDC subject format come from the export in the same run.
public enum GitHubImporters {
    /// Every importer this provider offers.
    public static let all: [any Importer] = [GitHubImporter()]
}
