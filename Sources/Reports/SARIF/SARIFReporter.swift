import Analysis
import Documents

/// SARIF 2.1.0 with one run: the checks that ran as `tool.driver.rules`, one result per finding
/// (suppressed findings too, marked with an external suppression), path hops as a code flow,
/// and input problems as tool execution notifications.
///
/// Levels: critical and high are `error`, medium `warning`, low and info `note`. Each rule also
/// carries GitHub code scanning's `security-severity`. Columns count Unicode code points, as
/// leastpriv's do. A location without a line has no region; its JSON pointer is a logical
/// location either way.
public struct SARIFReporter: Reporter {
    /// The schema the log declares.
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The key of the finding fingerprint in `partialFingerprints`.
    public static let fingerprintKey = "leastprivFingerprint/v1"

    /// Makes the reporter.
    public init() {}

    public var format: ReportFormat { .sarif }

    public func render(_ result: AuditResult) -> String {
        JSONWriter().string(from: log(result)) + "\n"
    }

    /// The whole log as a value.
    public func log(_ result: AuditResult) -> JSONValue {
        let ruleIndexes = Dictionary(result.checks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let results = result.findings.map { self.result($0, ruleIndex: ruleIndexes[$0.checkID], suppressed: false) }
            + result.suppressed.map { self.result($0, ruleIndex: ruleIndexes[$0.checkID], suppressed: true) }
        let run: JSONValue = [
            "tool": [
                "driver": [
                    "name": .string(result.tool.name),
                    "version": .string(result.tool.version),
                    "rules": .array(result.checks.map(rule)),
                ],
            ],
            "invocations": [invocation(result)],
            "columnKind": "unicodeCodePoints",
            "results": .array(results),
        ]
        return ["$schema": .string(Self.schema), "version": "2.1.0", "runs": [run]]
    }

    /// The SARIF level of a severity.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low, .info: "note"
        }
    }

    /// GitHub code scanning's `security-severity` score for a severity (its bands: 9.0 and
    /// above critical, 7.0 high, 4.0 medium, 0.1 low), or nil for info.
    static func securitySeverity(_ severity: Severity) -> String? {
        switch severity {
        case .critical: "9.5"
        case .high: "8.0"
        case .medium: "5.5"
        case .low: "3.0"
        case .info: nil
        }
    }

    private func rule(_ check: CheckDescription) -> JSONValue {
        var properties: [(key: String, value: JSONValue)] = [
            ("category", .string(check.category.rawValue)),
            ("severity", .string(check.severity.rawValue)),
            ("tags", ["security", .string(check.category.rawValue)]),
        ]
        if let score = Self.securitySeverity(check.severity) { properties.append(("security-severity", .string(score))) }
        return [
            "id": .string(check.id),
            "name": .string(check.slug),
            "shortDescription": ["text": .string(check.title)],
            "fullDescription": ["text": .string(check.rationale)],
            "help": ["text": .string(check.remediation), "markdown": .string(check.remediation)],
            "defaultConfiguration": ["level": .string(Self.level(check.severity))],
            "properties": .object(properties),
        ]
    }

    private func result(_ finding: Finding, ruleIndex: Int?, suppressed: Bool) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("ruleId", .string(finding.checkID))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        members.append(("level", .string(Self.level(finding.severity))))
        members.append(("message", ["text": .string(finding.message)]))
        members.append(("locations", .array(finding.locations.prefix(1).map { location($0) })))
        if finding.locations.count > 1 {
            let related = finding.locations.dropFirst().enumerated().map { location($1, id: $0 + 1) }
            members.append(("relatedLocations", .array(related)))
        }
        members.append(("partialFingerprints", [Self.fingerprintKey: .string(finding.fingerprint)]))
        if !finding.path.isEmpty { members.append(("codeFlows", [codeFlow(finding.path)])) }
        if suppressed { members.append(("suppressions", [["kind": "external"]])) }
        var properties: [(key: String, value: JSONValue)] = [
            ("severity", .string(finding.severity.rawValue)),
            ("category", .string(finding.category.rawValue)),
        ]
        if let principal = finding.principal { properties.append(("principal", .string(principal))) }
        if let capability = finding.capability { properties.append(("capability", .string(capability.rawValue))) }
        if let resource = finding.resource { properties.append(("resource", .string(resource))) }
        members.append(("properties", .object(properties)))
        return .object(members)
    }

    /// A `location`: the file and, when the line is known, the region; the JSON pointer as a
    /// logical location; the YAML document index as a property when it is not the first.
    private func location(_ location: FileLocation, id: Int? = nil, message: String? = nil) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        if let id { members.append(("id", .int(id))) }
        var physical: [(key: String, value: JSONValue)] = [("artifactLocation", SARIFArtifactLocation.value(for: location.file))]
        if let position = location.position, position.line >= 1 {
            var region: [(key: String, value: JSONValue)] = [("startLine", .int(position.line))]
            if position.column >= 1 { region.append(("startColumn", .int(position.column))) }
            physical.append(("region", .object(region)))
        }
        members.append(("physicalLocation", .object(physical)))
        let pointer = location.pointer.description
        if !pointer.isEmpty { members.append(("logicalLocations", [["fullyQualifiedName": .string(pointer)]])) }
        if let message { members.append(("message", ["text": .string(message)])) }
        if location.documentIndex > 0 { members.append(("properties", ["document": .int(location.documentIndex)])) }
        return .object(members)
    }

    private func codeFlow(_ path: [PathStep]) -> JSONValue {
        let steps: [JSONValue] = path.map { step in
            let text = PathStepText.line(step, includingLocation: false) { $0 }
            let place: JSONValue = step.location.map { location($0, message: text) } ?? ["message": .string(text)]
            return [
                "location": place,
                "properties": ["from": .string(step.from), "to": .string(step.to), "kind": .string(step.kind)],
            ]
        }
        return ["threadFlows": [["locations": .array(steps)]]]
    }

    private func invocation(_ result: AuditResult) -> JSONValue {
        [
            "executionSuccessful": .bool(!result.hasInputErrors),
            "toolExecutionNotifications": .array(InputNotice.all(in: result).map(notification)),
        ]
    }

    private func notification(_ notice: InputNotice) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("level", .string(notice.level.rawValue)),
            ("message", ["text": .string(notice.message)]),
        ]
        if let code = notice.code { members.append(("descriptor", ["id": .string(code)])) }
        members.append(("locations", [location(notice.location)]))
        return .object(members)
    }
}
