import AccessGraph
import Analysis
import Documents

/// The graph as JSON:
/// `{"version":1,"tool":{…},"nodes":[{"id","provider","kind","name","human","mfa","file","line","pointer"}],
///   "edges":[{"from","to","kind","reason","conditions":[…],"file","line","pointer"}]}`.
/// Policies that edges lead to (a Kubernetes binding's role) appear with `"kind":"policy"` and a
/// `policyKind`; nodes that edges name but no input defines appear with `"kind":"unresolved"`.
public struct GraphJSONWriter: Sendable {
    /// The version of the shape; it changes only if a field is renamed or removed.
    public static let version = 1

    /// Makes a writer.
    public init() {}

    /// The document.
    public func render(_ view: GraphView, tool: ToolInfo) -> String {
        let policyNodes = view.policies.map { policy -> JSONValue in
            ["id": .string(policy.id), "provider": .string(policy.provider.rawValue), "kind": "policy", "name": .string(policy.name),
             "human": .null, "mfa": .null, "file": .string(policy.provenance.file), "line": JSONValue(policy.provenance.line),
             "pointer": .string(policy.provenance.pointer.description), "policyKind": .string(policy.kind.rawValue)]
        }
        let nodes = view.principals.map(node) + policyNodes + view.unresolved.map { id in
            ["id": .string(id.rawValue), "provider": .null, "kind": "unresolved", "name": .string(id.rawValue),
             "human": .null, "mfa": .null, "file": .null, "line": .null, "pointer": .null] as JSONValue
        }
        let document: JSONValue = [
            "version": .int(Self.version),
            "tool": ["name": .string(tool.name), "version": .string(tool.version)],
            "nodes": .array(nodes),
            "edges": .array(view.edges.map(edge)),
        ]
        return JSONWriter().string(from: document)
    }

    private func node(_ principal: Principal) -> JSONValue {
        [
            "id": .string(principal.id.rawValue),
            "provider": .string(principal.provider.rawValue),
            "kind": .string(principal.kind.rawValue),
            "name": .string(principal.displayName),
            "human": .string(principal.human.rawValue),
            "mfa": .string(principal.mfa.status.rawValue),
            "file": .string(principal.provenance.file),
            "line": JSONValue(principal.provenance.line),
            "pointer": .string(principal.provenance.pointer.description),
        ]
    }

    private func edge(_ edge: Edge) -> JSONValue {
        [
            "from": .string(edge.from.rawValue),
            "to": .string(edge.to.rawValue),
            "kind": .string(edge.kind.description),
            "reason": .string(edge.reason),
            "conditions": .array(edge.conditions.map { condition in
                ["operator": .string(condition.operation), "key": .string(condition.key), "values": .array(condition.values.map(JSONValue.string))]
            }),
            "file": .string(edge.source.file),
            "line": JSONValue(edge.source.line),
            "pointer": .string(edge.source.pointer.description),
        ]
    }
}
