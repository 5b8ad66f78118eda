/// Checks a parsed SARIF log against the structure the SARIF 2.1.0 schema
/// (`sarif-schema-2.1.0.json`) requires of the objects leastpriv writes: required properties,
/// value ranges and enums, and — since the schema sets `additionalProperties: false` on them —
/// no property the schema does not define. Returns one line per problem, each with its path.
struct SARIFStructure {
    private(set) var problems: [String] = []

    static let levels: Set<String> = ["none", "note", "warning", "error"]

    /// The properties the schema defines for each object kind leastpriv writes (a subset of the
    /// schema's list is enough: anything else leastpriv wrote would be a mistake).
    static let allowed: [String: Set<String>] = [
        "sarifLog": ["$schema", "version", "runs", "inlineExternalProperties", "properties"],
        "run": ["tool", "invocations", "columnKind", "results", "originalUriBaseIds", "artifacts", "properties"],
        "tool": ["driver", "extensions", "properties"],
        "toolComponent": ["name", "version", "semanticVersion", "informationUri", "rules", "notifications", "properties"],
        "reportingDescriptor": ["id", "name", "shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration", "properties"],
        "reportingConfiguration": ["enabled", "level", "rank", "parameters", "properties"],
        "multiformatMessageString": ["text", "markdown", "properties"],
        "message": ["text", "markdown", "id", "arguments", "properties"],
        "invocation": ["executionSuccessful", "toolExecutionNotifications", "toolConfigurationNotifications", "exitCode", "properties"],
        "notification": ["locations", "message", "level", "descriptor", "associatedRule", "properties"],
        "reportingDescriptorReference": ["id", "index", "guid", "toolComponent", "properties"],
        "result": ["ruleId", "ruleIndex", "rule", "kind", "level", "message", "locations", "relatedLocations", "partialFingerprints",
                   "fingerprints", "codeFlows", "suppressions", "properties"],
        "location": ["id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"],
        "physicalLocation": ["address", "artifactLocation", "region", "contextRegion", "properties"],
        "artifactLocation": ["uri", "uriBaseId", "index", "description", "properties"],
        "region": ["startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength", "snippet", "message", "properties"],
        "logicalLocation": ["name", "index", "fullyQualifiedName", "decoratedName", "parentIndex", "kind", "properties"],
        "codeFlow": ["message", "threadFlows", "properties"],
        "threadFlow": ["id", "message", "initialState", "immutableState", "locations", "properties"],
        "threadFlowLocation": ["index", "location", "stack", "kinds", "taxa", "module", "state", "nestingLevel", "executionOrder", "importance", "properties"],
        "suppression": ["guid", "kind", "status", "justification", "location", "properties"],
    ]

    /// Checks `log`.
    init(log: Any) {
        guard let log = object(log, "sarifLog", at: "$") else { return }
        require(log["version"] as? String == "2.1.0", "$.version must be \"2.1.0\"")
        guard let runs = array(log["runs"], at: "$.runs") else { return }
        for (index, run) in runs.enumerated() { checkRun(run, at: "$.runs[\(index)]") }
    }

    private mutating func checkRun(_ value: Any, at path: String) {
        guard let run = object(value, "run", at: path) else { return }
        guard let tool = object(run["tool"], "tool", at: path + ".tool"),
              let driver = object(tool["driver"], "toolComponent", at: path + ".tool.driver") else { return }
        requireString(driver["name"], at: path + ".tool.driver.name")
        let rules = driver["rules"].map { array($0, at: path + ".tool.driver.rules") ?? [] } ?? []
        var ruleIDs: [String] = []
        for (index, rule) in rules.enumerated() { ruleIDs.append(checkRule(rule, at: "\(path).tool.driver.rules[\(index)]")) }
        require(Set(ruleIDs).count == ruleIDs.count, "\(path).tool.driver.rules must be unique")
        if let columnKind = run["columnKind"] {
            require(["utf16CodeUnits", "unicodeCodePoints"].contains(columnKind as? String), "\(path).columnKind is not in the enum")
        }
        for (index, invocation) in (run["invocations"].flatMap { array($0, at: path + ".invocations") } ?? []).enumerated() {
            checkInvocation(invocation, at: "\(path).invocations[\(index)]")
        }
        for (index, result) in (run["results"].flatMap { array($0, at: path + ".results") } ?? []).enumerated() {
            checkResult(result, ruleIDs: ruleIDs, at: "\(path).results[\(index)]")
        }
    }

    private mutating func checkRule(_ value: Any, at path: String) -> String {
        guard let rule = object(value, "reportingDescriptor", at: path) else { return "" }
        requireString(rule["id"], at: path + ".id")
        for key in ["shortDescription", "fullDescription", "help"] {
            if let text = rule[key], let message = object(text, "multiformatMessageString", at: "\(path).\(key)") {
                requireString(message["text"], at: "\(path).\(key).text")
            }
        }
        if let configuration = rule["defaultConfiguration"],
           let configuration = object(configuration, "reportingConfiguration", at: path + ".defaultConfiguration") {
            checkLevel(configuration["level"], at: path + ".defaultConfiguration.level")
        }
        if let properties = rule["properties"] as? [String: Any], let tags = properties["tags"] {
            let list = tags as? [String] ?? []
            require(Set(list).count == list.count, "\(path).properties.tags must be unique strings")
        }
        return rule["id"] as? String ?? ""
    }

    private mutating func checkInvocation(_ value: Any, at path: String) {
        guard let invocation = object(value, "invocation", at: path) else { return }
        require(invocation["executionSuccessful"] is Bool, "\(path).executionSuccessful is required and boolean")
        for (index, note) in (invocation["toolExecutionNotifications"].flatMap { array($0, at: path) } ?? []).enumerated() {
            let notePath = "\(path).toolExecutionNotifications[\(index)]"
            guard let notification = object(note, "notification", at: notePath) else { continue }
            checkMessage(notification["message"], at: notePath + ".message", required: true)
            if let level = notification["level"] { checkLevel(level, at: notePath + ".level") }
            if let descriptor = notification["descriptor"], let reference = object(descriptor, "reportingDescriptorReference", at: notePath + ".descriptor") {
                require(reference["id"] != nil || reference["index"] != nil || reference["guid"] != nil, "\(notePath).descriptor needs id, index or guid")
            }
            checkLocations(notification["locations"], at: notePath + ".locations")
        }
    }

    private mutating func checkResult(_ value: Any, ruleIDs: [String], at path: String) {
        guard let result = object(value, "result", at: path) else { return }
        checkMessage(result["message"], at: path + ".message", required: true)
        if let level = result["level"] { checkLevel(level, at: path + ".level") }
        if let index = result["ruleIndex"] {
            guard let index = index as? Int, index >= 0, index < ruleIDs.count else {
                problems.append("\(path).ruleIndex is not an index into the rules")
                return
            }
            require(result["ruleId"] as? String == ruleIDs[index], "\(path).ruleId must be the id of rules[ruleIndex]")
        }
        checkLocations(result["locations"], at: path + ".locations")
        checkLocations(result["relatedLocations"], at: path + ".relatedLocations")
        if let fingerprints = result["partialFingerprints"] {
            require((fingerprints as? [String: Any])?.values.allSatisfy { $0 is String } == true, "\(path).partialFingerprints must map to strings")
        }
        for (index, flow) in (result["codeFlows"].flatMap { array($0, at: path + ".codeFlows") } ?? []).enumerated() {
            checkCodeFlow(flow, at: "\(path).codeFlows[\(index)]")
        }
        for (index, suppression) in (result["suppressions"].flatMap { array($0, at: path + ".suppressions") } ?? []).enumerated() {
            guard let suppression = object(suppression, "suppression", at: "\(path).suppressions[\(index)]") else { continue }
            require(["inSource", "external"].contains(suppression["kind"] as? String), "\(path).suppressions[\(index)].kind is required and in the enum")
        }
    }

    private mutating func checkCodeFlow(_ value: Any, at path: String) {
        guard let flow = object(value, "codeFlow", at: path) else { return }
        guard let threads = array(flow["threadFlows"], at: path + ".threadFlows") else { return }
        require(!threads.isEmpty, "\(path).threadFlows needs at least one item")
        for (index, thread) in threads.enumerated() {
            let threadPath = "\(path).threadFlows[\(index)]"
            guard let thread = object(thread, "threadFlow", at: threadPath),
                  let steps = array(thread["locations"], at: threadPath + ".locations") else { continue }
            require(!steps.isEmpty, "\(threadPath).locations needs at least one item")
            for (stepIndex, step) in steps.enumerated() {
                let stepPath = "\(threadPath).locations[\(stepIndex)]"
                guard let step = object(step, "threadFlowLocation", at: stepPath) else { continue }
                if let location = step["location"] { checkLocation(location, at: stepPath + ".location") }
            }
        }
    }

    private mutating func checkLocations(_ value: Any?, at path: String) {
        guard let value, let locations = array(value, at: path) else { return }
        for (index, location) in locations.enumerated() { checkLocation(location, at: "\(path)[\(index)]") }
    }

    private mutating func checkLocation(_ value: Any, at path: String) {
        guard let location = object(value, "location", at: path) else { return }
        if let message = location["message"] { checkMessage(message, at: path + ".message", required: true) }
        if let id = location["id"] { require((id as? Int).map { $0 >= -1 } == true, "\(path).id must be an integer ≥ -1") }
        for (index, logical) in (location["logicalLocations"].flatMap { array($0, at: path + ".logicalLocations") } ?? []).enumerated() {
            _ = object(logical, "logicalLocation", at: "\(path).logicalLocations[\(index)]")
        }
        guard let physicalValue = location["physicalLocation"],
              let physical = object(physicalValue, "physicalLocation", at: path + ".physicalLocation") else { return }
        require(physical["artifactLocation"] != nil || physical["address"] != nil, "\(path).physicalLocation needs artifactLocation or address")
        if let artifact = physical["artifactLocation"], let artifact = object(artifact, "artifactLocation", at: path + ".physicalLocation.artifactLocation") {
            if let uri = artifact["uri"] {
                require((uri as? String).map(Self.isURIReference) == true, "\(path).physicalLocation.artifactLocation.uri is not a URI reference")
            }
        }
        if let region = physical["region"], let region = object(region, "region", at: path + ".physicalLocation.region") {
            require(region["startLine"] != nil || region["charOffset"] != nil || region["byteOffset"] != nil, "\(path).physicalLocation.region needs startLine, charOffset or byteOffset")
            for key in ["startLine", "startColumn", "endLine", "endColumn"] {
                if let number = region[key] { require((number as? Int).map { $0 >= 1 } == true, "\(path).physicalLocation.region.\(key) must be an integer ≥ 1") }
            }
        }
    }

    private mutating func checkMessage(_ value: Any?, at path: String, required: Bool) {
        guard let value else {
            if required { problems.append("\(path) is required") }
            return
        }
        guard let message = object(value, "message", at: path) else { return }
        require(message["text"] is String || message["id"] is String, "\(path) needs text or id")
    }

    private mutating func checkLevel(_ value: Any?, at path: String) {
        require((value as? String).map(Self.levels.contains) == true, "\(path) must be one of none, note, warning, error")
    }

    private mutating func requireString(_ value: Any?, at path: String) {
        require(value is String, "\(path) is required and a string")
    }

    private mutating func object(_ value: Any?, _ kind: String, at path: String) -> [String: Any]? {
        guard let object = value as? [String: Any] else {
            problems.append("\(path) must be a \(kind) object")
            return nil
        }
        let unknown = Set(object.keys).subtracting(Self.allowed[kind] ?? [])
        for key in unknown.sorted() { problems.append("\(path).\(key) is not a property of \(kind)") }
        return object
    }

    private mutating func array(_ value: Any?, at path: String) -> [Any]? {
        guard let array = value as? [Any] else {
            problems.append("\(path) must be an array")
            return nil
        }
        return array
    }

    private mutating func require(_ condition: Bool, _ problem: String) {
        if !condition { problems.append(problem) }
    }

    /// Whether `text` is an RFC 3986 URI reference: only unreserved, reserved and
    /// percent-encoded characters, and no `:` before the first `/` unless it ends a scheme.
    static func isURIReference(_ text: String) -> Bool {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%")
        guard text.allSatisfy(allowed.contains) else { return false }
        var index = text.startIndex
        while let percent = text[index...].firstIndex(of: "%") {
            let digits = text[text.index(after: percent)...].prefix(2)
            guard digits.count == 2, digits.allSatisfy(\.isHexDigit) else { return false }
            index = text.index(after: percent)
        }
        let firstSegment = text.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let colon = firstSegment.firstIndex(of: ":") else { return true }
        let scheme = firstSegment[..<colon]
        return scheme.first?.isLetter == true && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }
}
