import AccessGraph
import Analysis
import Reports

/// `leastpriv who-can`: every principal that may do this action on this resource.
enum WhoCanCommand: Command {
    static let spec = CommandSpec(
        name: "who-can",
        summary: "List every principal that may perform an action on a resource",
        usage: "ACTION RESOURCE [--input PATH...] [--context KEY=VALUE...] [--namespace NS] [--name NAME] [--format text|json]",
        discussion: """
            Asks each provider's authorizer about every principal of that provider in the inputs and lists \
            those allowed, outright or under conditions (with the conditions). This version decides on each \
            principal's own grants; paths through other principals (role assumption, federation, escalation) \
            arrive with the reachability analysis.
            """,
        positionals: [
            PositionalSpec("ACTION", "The action (`ecr:PutImage`) or Kubernetes verb (`get`)"),
            PositionalSpec("RESOURCE", "The resource (an ARN, a qcs name, `secrets`)"),
        ],
        positionalCount: (2, 2),
        options: [.value("input", "PATH", repeatable: true, "Files or folders to read (default: the configuration's inputs, else the current folder)")]
            + RequestOptions.specs.filter { $0.name != "group" }
            + [
                .value("format", "F", "text or json (default: text)"),
                .value("config", "FILE", "Configuration file"),
            ],
        examples: [("leastpriv who-can ecr:PutImage arn:aws:ecr:eu-west-1:111122223333:repository/prod/api --input exports/", "who can push to the production registry")])

    static func run(_ arguments: ParsedArguments, session: Session) -> ExitCode {
        let console = session.console
        let query: PreparedQuery
        switch QueryInputs.prepare(arguments, session: session) {
        case .success(let prepared): query = prepared
        case .failure(let stop): return stop.code
        }
        let (format, context, graph) = (query.format, query.context, query.graph)
        let action = arguments.positionals[0], resource = arguments.positionals[1]
        var allowed: [(principal: Principal, decision: Decision)] = []
        for principal in graph.sortedPrincipals {
            guard let authorizer = graph.authorizers[principal.provider] else { continue }
            let request = Request(
                principal: principal.id, action: action, resource: resource, context: context,
                attributes: RequestOptions.attributes(arguments))
            let decision = authorizer.decide(request, graph: graph)
            if decision.mayBeAllowed { allowed.append((principal, decision)) }
        }
        switch format {
        case .text:
            console.write(DecisionText.whoCan(allowed, action: action, resource: resource))
        case .json:
            console.write(JSONWriter().string(from: DecisionJSON.whoCan(allowed, action: action, resource: resource)))
        }
        return .success
    }
}
