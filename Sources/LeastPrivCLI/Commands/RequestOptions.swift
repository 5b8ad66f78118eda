import AccessGraph

/// The options `can` and `who-can` share for describing a request.
enum RequestOptions {
    /// The options themselves.
    static let specs: [OptionSpec] = [
        .value("context", "KEY=VALUE", repeatable: true, "A request context key (repeat a key for a multi-valued one); keys nobody gives are unknown"),
        .flag("complete-context", "The context given is the whole request: absent keys are absent, so no answer is conditional"),
        .value("namespace", "NS", "Kubernetes: the namespace of the request"),
        .value("name", "NAME", "Kubernetes: the object's name (resourceNames)"),
        .value("group", "G", repeatable: true, "Kubernetes: a group the user is authenticated with"),
    ]

    /// The request context from `--context` and `--complete-context`.
    static func context(_ arguments: ParsedArguments) throws(UsageError) -> RequestContext {
        var values: [String: [String]] = [:]
        for pair in arguments.allValues("context") {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw UsageError("`--context` expects KEY=VALUE, found `\(pair)`")
            }
            values[String(pair[..<equals]), default: []].append(String(pair[pair.index(after: equals)...]))
        }
        return RequestContext(values: values, isComplete: arguments.has("complete-context"))
    }

    /// Provider-specific request scope from `--namespace`, `--name` and `--group`.
    static func attributes(_ arguments: ParsedArguments) -> [String: [String]] {
        var attributes: [String: [String]] = [:]
        if let namespace = arguments.value("namespace") { attributes["namespace"] = [namespace] }
        if let name = arguments.value("name") { attributes["name"] = [name] }
        let groups = arguments.allValues("group")
        if !groups.isEmpty { attributes["groups"] = groups }
        return attributes
    }
}
