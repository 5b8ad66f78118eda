import AccessGraph
import Analysis
import Foundation
import Reports

/// `leastpriv graph`: export the permission graph.
enum GraphCommand: Command {
    static let spec = CommandSpec(
        name: "graph",
        summary: "Export the permission graph as Graphviz DOT, JSON or GraphML",
        usage: "[PATH...] --format dot|json|graphml [--from PRINCIPAL] [--output FILE]",
        discussion: """
            Writes the principals and edges of the graph built from the inputs — each node with its \
            provider, kind and human/MFA attributes, each edge with its kind, reason, conditions and \
            source location. With --from, only what that principal can reach (through membership, role \
            assumption, federation, bindings and escalation) and the edges among it. Output is \
            deterministic. The JSON shape is documented in docs/formats.md; DOT renders with Graphviz \
            (`dot -Tsvg`); GraphML loads in NetworkX, Gephi and yEd.

            Exit status: 0 on success, 2 for a usage error or an unknown principal, 3 when an input \
            could not be read (the graph is still written, without it).
            """,
        positionals: [PositionalSpec("PATH...", "Files or folders to read (default: the configuration's inputs, else the current folder)")],
        positionalCount: (0, nil),
        options: [
            .value("format", "F", "dot, json or graphml (default: dot)"),
            .value("from", "PRINCIPAL", "Only what this principal can reach"),
            .value("output", "FILE", "Write to FILE instead of standard output"),
            .value("config", "FILE", "Configuration file"),
        ],
        examples: [
            ("leastpriv graph exports/ --format dot | dot -Tsvg > graph.svg", "draw the whole graph"),
            ("leastpriv graph exports/ --from alice --format json", "everything alice can reach, as data"),
        ])

    static func run(_ arguments: ParsedArguments, session: Session) -> ExitCode {
        let console = session.console
        guard let format = OptionValues.choice(arguments.value("format") ?? "dot", for: "format", as: GraphFormat.self, console: console) else {
            return .usage
        }
        guard let loading = InputLoading.start(configPath: arguments.value("config"), session: session) else { return .inputError }
        let loaded = loading.load(arguments.positionals, console: console)
        for report in loaded.reports {
            for error in report.errors { console.report(error) }
        }
        let graph = loaded.context.graph
        let view: GraphView
        if let origin = arguments.value("from") {
            guard let principal = QueryInputs.principal(origin, in: graph, console: console) else { return .usage }
            view = GraphView(reachableFrom: principal.id, in: graph)
        } else {
            view = GraphView(wholeGraph: graph)
        }
        let rendered = format.render(view, tool: loading.pipeline.tool)
        if let output = arguments.value("output") {
            do {
                try Data(rendered.utf8).write(to: URL(fileURLWithPath: console.resolve(output)), options: .atomic)
            } catch {
                console.reportUsageError("cannot write `\(output)`: \(error.localizedDescription)")
                return .inputError
            }
        } else {
            console.write(rendered)
        }
        return loaded.hasInputErrors ? .inputError : .success
    }
}
