import AccessGraph

/// What an evaluation knows about one request: the action, the resource, and the context keys
/// (by lowercased name, since IAM compares keys case-insensitively), with the keys derived from
/// the principal filled from the inputs.
public struct RequestFacts: Sendable {
    /// The action.
    public var action: String
    /// The resource ARN.
    public var resource: String
    /// Known keys (lowercased) → values.
    var values: [String: [String]]
    /// Keys (lowercased) known to be absent whatever the context says.
    var absentKeys: Set<String>
    /// Whether keys not given are absent rather than unknown.
    var isComplete: Bool

    /// Facts from a request's action, resource and context, before any principal keys.
    public init(action: String, resource: String, context: RequestContext) {
        self.action = action
        self.resource = resource
        self.values = [:]
        for (key, list) in context.values { values[key.lowercased(), default: []] += list }
        self.absentKeys = []
        self.isComplete = context.isComplete
    }

    /// Sets a key the inputs decide (principal-derived keys); an empty list makes it absent.
    mutating func setDerived(_ key: String, _ list: [String]) {
        let lowered = key.lowercased()
        if list.isEmpty {
            values[lowered] = nil
            absentKeys.insert(lowered)
        } else {
            values[lowered] = list
            absentKeys.remove(lowered)
        }
    }

    /// What is known of a key.
    public func lookup(_ key: String) -> RequestContext.Lookup {
        let lowered = key.lowercased()
        if let found = values[lowered] { return found.isEmpty ? .absent : .present(found) }
        if absentKeys.contains(lowered) { return .absent }
        if lowered.hasPrefix("aws:principaltag/"), absentKeys.contains("aws:principaltag/*") { return .absent }
        return isComplete ? .absent : .unknown
    }
}
