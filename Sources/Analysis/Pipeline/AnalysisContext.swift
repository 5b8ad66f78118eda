import AccessGraph
import Documents

/// Everything checks look at: the graph, the documents it came from, the providers' typed models
/// and the configuration.
public struct AnalysisContext: Sendable {
    /// The permission graph of all inputs.
    public var graph: PermissionGraph
    /// The documents importers recognised, in input order.
    public var documents: [RecognisedDocument]
    /// Each provider's typed model, for checks that need more than the graph.
    public var models: [Provider: any Sendable]
    /// The configuration in force.
    public var configuration: Configuration
    /// The current date as `YYYY-MM-DD`, for expiries (fixed in tests, so results are reproducible).
    public var today: String

    /// Makes a context.
    public init(graph: PermissionGraph, documents: [RecognisedDocument], models: [Provider: any Sendable], configuration: Configuration, today: String) {
        self.graph = graph
        self.documents = documents
        self.models = models
        self.configuration = configuration
        self.today = today
    }

    /// The model a provider's importer left, if it is of the type asked for.
    public func model<Model: Sendable>(_ type: Model.Type, of provider: Provider) -> Model? {
        models[provider] as? Model
    }
}
