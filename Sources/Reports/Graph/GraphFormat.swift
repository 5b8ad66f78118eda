import Analysis

/// The formats `leastpriv graph` writes.
public enum GraphFormat: String, Sendable, CaseIterable {
    /// Graphviz DOT, providers as clusters.
    case dot
    /// The documented JSON shape (versioned) for scripts.
    case json
    /// GraphML, for NetworkX, Gephi and yEd.
    case graphml

    /// The graph in this format.
    public func render(_ view: GraphView, tool: ToolInfo) -> String {
        switch self {
        case .dot: GraphDOTWriter().render(view)
        case .json: GraphJSONWriter().render(view, tool: tool)
        case .graphml: GraphMLWriter().render(view)
        }
    }
}
