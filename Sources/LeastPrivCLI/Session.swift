import AccessGraph
import Analysis

/// What a command runs with: where it writes, and the importers and checks it uses (the
/// registries in production; tests pass their own).
public struct Session: Sendable {
    /// Output, environment, current folder and date.
    public var console: Console
    /// The importers that read inputs.
    public var importers: [any Importer]
    /// The checks `audit` runs.
    public var checks: [any Check.Type]

    /// Makes a session.
    public init(console: Console, importers: [any Importer] = ImporterRegistry.all, checks: [any Check.Type] = CheckCatalog.all) {
        self.console = console
        self.importers = importers
        self.checks = checks
    }
}
