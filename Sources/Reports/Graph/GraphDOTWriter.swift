import AccessGraph
import Analysis

/// The graph as Graphviz DOT: left to right, one cluster per provider, each node labelled with its
/// name and kind, each edge with its kind and reason. Every string is quoted and escaped, so names
/// from inputs cannot change the drawing's structure.
public struct GraphDOTWriter: Sendable {
    /// Makes a writer.
    public init() {}

    /// The DOT text.
    public func render(_ view: GraphView) -> String {
        var lines = [
            "digraph leastpriv {",
            "  rankdir=LR;",
            "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
            "  edge [fontname=\"Helvetica\", fontsize=10];",
        ]
        let byProvider = Dictionary(grouping: view.principals, by: \.provider)
        for provider in byProvider.keys.sorted() {
            lines.append("  subgraph \(quoted("cluster_" + provider.rawValue)) {")
            lines.append("    label=\(quoted(provider.rawValue));")
            for principal in byProvider[provider] ?? [] {
                let attention = principal.human == .human && [.none, .weak].contains(principal.mfa.status) ? ", color=red" : ""
                lines.append("    \(quoted(principal.id.rawValue)) [label=\(quoted("\(principal.displayName)\n\(principal.kind.rawValue)"))\(attention)];")
            }
            lines.append("  }")
        }
        for policy in view.policies {
            lines.append("  \(quoted(policy.id)) [label=\(quoted("\(policy.name)\n\(policy.kind.rawValue)")), shape=note];")
        }
        for id in view.unresolved {
            lines.append("  \(quoted(id.rawValue)) [label=\(quoted("\(id.rawValue)\n(not in the inputs)")), style=dashed];")
        }
        for edge in view.edges {
            let style = edge.isConditional ? ", style=dashed" : ""
            lines.append("  \(quoted(edge.from.rawValue)) -> \(quoted(edge.to.rawValue)) [label=\(quoted("\(edge.kind)\n\(short(edge.reason))"))\(style)];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`, other
    /// control characters dropped.
    func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    /// A reason cut to fit an edge label.
    private func short(_ reason: String) -> String {
        reason.count <= 60 ? reason : String(reason.prefix(57)) + "..."
    }
}
