import AccessGraph
import Analysis

/// What the query commands (`can`, `who-can`) share: failing on bad inputs and resolving the
/// principal a user typed.
enum QueryInputs {
    /// Prints every input error; true when there was one (the answer could be wrong, so the
    /// command stops).
    static func reportFailures(_ loaded: LoadedInputs, console: Console) -> Bool {
        for report in loaded.reports {
            for error in report.errors { console.report(error) }
        }
        return loaded.hasInputErrors
    }

    /// The principal `query` names, or nil after printing why not (unknown, with a suggestion, or
    /// ambiguous, with the candidates).
    static func principal(_ query: String, in graph: PermissionGraph, console: Console) -> Principal? {
        switch graph.principal(matching: query) {
        case .found(let id):
            return graph.principals[id]
        case .ambiguous(let candidates):
            let list = candidates.map { "  \($0.rawValue)" }.joined(separator: "\n")
            console.reportUsageError("`\(query)` names \(candidates.count) principals; use one of:\n\(list)")
            return nil
        case .notFound(let suggestion):
            if graph.principals.isEmpty {
                console.reportUsageError("no principal `\(query)`: the inputs define no principals (`leastpriv audit` lists what was read)")
            } else {
                let near = suggestion.map { "; did you mean `\($0.rawValue)`?" } ?? ""
                console.reportUsageError("no principal `\(query)` in the inputs\(near)")
            }
            return nil
        }
    }
}
