import AccessGraph
import Analysis
import Documents
import Reports

/// `leastpriv can`: may this principal do this action on this resource?
enum CanCommand: Command {
    static let spec = CommandSpec(
        name: "can",
        summary: "Decide whether a principal may perform an action on a resource, with the reasons",
        usage: "PRINCIPAL ACTION RESOURCE [--input PATH...] [--context KEY=VALUE...] [--complete-context] [--namespace NS] [--name NAME] [--group G...] [--format text|json]",
        discussion: """
            Answers as the provider's own authorizer would: allow, conditional (allowed only if conditions \
            the context does not decide hold; they are listed), deny (a statement denies it) or implicit-deny \
            (nothing allows it), naming the statements or bindings that decided. AWS and Tencent Cloud take \
            the action and resource names (`s3:GetObject`, an ARN or qcs name); Kubernetes takes the verb and \
            `resource[.group][/subresource]` or a non-resource URL, like `kubectl auth can-i`.

            Exit status: 0 when allowed, 1 when not allowed or only conditionally allowed, 2 for a usage \
            error or an unknown principal, 3 when an input could not be read.
            """,
        positionals: [
            PositionalSpec("PRINCIPAL", "Canonical id or unambiguous short form (`alice`, `role/deploy`, `system:serviceaccount:ci:builder`)"),
            PositionalSpec("ACTION", "The action (`s3:GetObject`) or Kubernetes verb (`create`)"),
            PositionalSpec("RESOURCE", "The resource (an ARN, a qcs name, `pods/exec`, `/healthz`)"),
        ],
        positionalCount: (3, 3),
        options: [.value("input", "PATH", repeatable: true, "Files or folders to read (default: the configuration's inputs, else the current folder)")]
            + RequestOptions.specs
            + [
                .value("format", "F", "text or json (default: text)"),
                .value("config", "FILE", "Configuration file"),
            ],
        examples: [
            ("leastpriv can alice s3:GetObject arn:aws:s3:::reports/q3.csv --input exports/ --context aws:SourceIp=203.0.113.7", "an AWS request with context"),
            ("leastpriv can system:serviceaccount:ci:builder create pods --namespace prod --input rbac.yaml", "a Kubernetes request"),
        ])

    static func run(_ arguments: ParsedArguments, session: Session) -> ExitCode {
        let console = session.console
        let query: PreparedQuery
        switch QueryInputs.prepare(arguments, session: session) {
        case .success(let prepared): query = prepared
        case .failure(let stop): return stop.code
        }
        let (format, context, graph) = (query.format, query.context, query.graph)
        guard let principal = QueryInputs.principal(arguments.positionals[0], in: graph, console: console) else { return .usage }
        guard let authorizer = graph.authorizers[principal.provider] else {
            console.reportUsageError("no authorizer for `\(principal.provider.rawValue)` principals in this version")
            return .usage
        }
        let request = Request(
            principal: principal.id, action: arguments.positionals[1], resource: arguments.positionals[2],
            context: context, attributes: RequestOptions.attributes(arguments))
        let decision = authorizer.decide(request, graph: graph)
        switch format {
        case .text: console.write(DecisionText.text(decision, for: request))
        case .json: console.write(JSONWriter().string(from: DecisionJSON.value(decision, for: request)))
        }
        return decision.isAllowed ? .success : .findings
    }
}

/// The formats of the query commands.
enum QueryFormat: String, CaseIterable {
    case text, json
}
