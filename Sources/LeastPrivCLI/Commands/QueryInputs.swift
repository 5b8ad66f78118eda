import AccessGraph
import Analysis

/// A query command's arguments read and its inputs loaded.
struct PreparedQuery {
    /// The output format.
    let format: QueryFormat
    /// The request context from `--context` and `--complete-context`.
    let context: RequestContext
    /// The graph of the inputs.
    let graph: PermissionGraph
}

/// Why a query command stopped before asking (the error is already printed).
struct QueryStop: Error {
    /// The exit code to return.
    let code: ExitCode
}

/// What the query commands (`can`, `who-can`) share: reading their options, loading inputs and
/// failing on bad ones, and resolving the principal a user typed.
enum QueryInputs {
    /// Reads `--format` and the context options and loads `--input`; on any problem prints it
    /// and says which exit code to return.
    static func prepare(_ arguments: ParsedArguments, session: Session) -> Result<PreparedQuery, QueryStop> {
        let console = session.console
        guard let format = OptionValues.choice(arguments.value("format") ?? "text", for: "format", as: QueryFormat.self, console: console) else {
            return .failure(QueryStop(code: .usage))
        }
        let context: RequestContext
        do {
            context = try RequestOptions.context(arguments)
        } catch {
            console.reportUsageError(error.message)
            return .failure(QueryStop(code: .usage))
        }
        guard let loading = InputLoading.start(configPath: arguments.value("config"), session: session) else {
            return .failure(QueryStop(code: .inputError))
        }
        let loaded = loading.load(arguments.allValues("input"), console: console)
        if reportFailures(loaded, console: console) { return .failure(QueryStop(code: .inputError)) }
        return .success(PreparedQuery(format: format, context: context, graph: loaded.context.graph))
    }

    /// Prints every input error; true when there was one (the answer could be wrong, so the
    /// command stops).
    private static func reportFailures(_ loaded: LoadedInputs, console: Console) -> Bool {
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
