import AccessGraph
import Analysis

/// The graph as GraphML (graphml.graphdrawing.org), with node attributes (provider, kind, name,
/// human, mfa, file, line) and edge attributes (kind, reason, conditions, file, line), all
/// XML-escaped. Loads in NetworkX, Gephi and yEd.
public struct GraphMLWriter: Sendable {
    /// Makes a writer.
    public init() {}

    private static let nodeKeys = ["provider", "kind", "name", "human", "mfa", "file", "line"]
    private static let edgeKeys = ["kind", "reason", "conditions", "file", "line"]

    /// The GraphML text.
    public func render(_ view: GraphView) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">",
        ]
        for key in Self.nodeKeys {
            lines.append("  <key id=\"n_\(key)\" for=\"node\" attr.name=\"\(key)\" attr.type=\"string\"/>")
        }
        for key in Self.edgeKeys {
            lines.append("  <key id=\"e_\(key)\" for=\"edge\" attr.name=\"\(key)\" attr.type=\"string\"/>")
        }
        lines.append("  <graph id=\"leastpriv\" edgedefault=\"directed\">")
        for principal in view.principals {
            let values = [
                principal.provider.rawValue, principal.kind.rawValue, principal.displayName, principal.human.rawValue,
                principal.mfa.status.rawValue, principal.provenance.file, principal.provenance.line.map(String.init) ?? "",
            ]
            lines.append("    <node id=\"\(escaped(principal.id.rawValue))\">" + data(values, keys: Self.nodeKeys, prefix: "n_") + "</node>")
        }
        for policy in view.policies {
            let values = [policy.provider.rawValue, "policy", policy.name, "", "", policy.provenance.file, policy.provenance.line.map(String.init) ?? ""]
            lines.append("    <node id=\"\(escaped(policy.id))\">" + data(values, keys: Self.nodeKeys, prefix: "n_") + "</node>")
        }
        for id in view.unresolved {
            lines.append("    <node id=\"\(escaped(id.rawValue))\">" + data(["", "unresolved", id.rawValue, "", "", "", ""], keys: Self.nodeKeys, prefix: "n_") + "</node>")
        }
        for (index, edge) in view.edges.enumerated() {
            let values = [
                edge.kind.description, edge.reason, edge.conditions.map(\.description).joined(separator: "; "),
                edge.source.file, edge.source.line.map(String.init) ?? "",
            ]
            lines.append("    <edge id=\"e\(index)\" source=\"\(escaped(edge.from.rawValue))\" target=\"\(escaped(edge.to.rawValue))\">"
                + data(values, keys: Self.edgeKeys, prefix: "e_") + "</edge>")
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private func data(_ values: [String], keys: [String], prefix: String) -> String {
        zip(keys, values).filter { !$0.1.isEmpty }.map { "<data key=\"\(prefix)\($0.0)\">\(escaped($0.1))</data>" }.joined()
    }

    /// XML text and attribute escaping; characters XML 1.0 cannot carry are dropped.
    func escaped(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\n": output += "&#10;"
            case "\t": output += "&#9;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
