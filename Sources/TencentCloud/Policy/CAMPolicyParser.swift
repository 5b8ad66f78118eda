import AccessGraph
import Documents

/// Reads a CAM policy document in its lowercase grammar, reporting every malformed element as a
/// located error.
///
/// Grammar: `version` (`"2.0"`, required) and `statement` (an object or a list, required) at the
/// top; in a statement `effect` (`allow`/`deny`), `action` (a string or list of `*`,
/// `service:Name` with `*` anywhere, optionally prefixed `name/`), `resource` (a string or list
/// of `*` or six-segment qcs names; required except in trust policies), `condition` and
/// `principal` (trust and bucket policies only). Any other key is an error with a suggestion, so
/// a capitalised `Effect` is never silently ignored.
public struct CAMPolicyParser: Sendable {
    /// How locations are reported: the cursor's own for a policy written as JSON in the file,
    /// the enclosing string's for a document embedded as a JSON string (as the API returns them).
    public var locate: @Sendable (Cursor) -> FileLocation
    /// Whether `principal` is allowed and `resource` optional (trust policies).
    public var isTrustPolicy: Bool

    static let topKeys = ["version", "statement"]
    static let statementKeys = ["effect", "action", "resource", "condition", "principal"]
    static let principalKeys = ["qcs", "service", "federated"]

    /// Makes a parser.
    public init(isTrustPolicy: Bool = false, locate: @escaping @Sendable (Cursor) -> FileLocation = { $0.location }) {
        self.isTrustPolicy = isTrustPolicy
        self.locate = locate
    }

    /// Parses the document at `root`.
    public func parse(_ root: Cursor) throws(InputError) -> CAMPolicyDocument {
        for (key, value) in try root.entries() where !Self.topKeys.contains(key) {
            throw error(value, "policy.cam.unknown-key", "unknown key `\(key)` in a CAM policy", suggestion: Self.suggest(key, among: Self.topKeys))
        }
        let versionCursor = try root.requiredField("version")
        let version = try versionCursor.scalarText()
        guard version == "2.0" else {
            throw error(versionCursor, "policy.cam.version", "unsupported policy version `\(version)`; expected `2.0`")
        }
        let statementCursor = try root.requiredField("statement")
        let statementCursors: [Cursor]
        if statementCursor.isMapping {
            statementCursors = [statementCursor]
        } else {
            statementCursors = try statementCursor.elements()
        }
        var statements: [CAMStatement] = []
        for (index, cursor) in statementCursors.enumerated() {
            statements.append(try parseStatement(cursor, index: index))
        }
        return CAMPolicyDocument(version: version, statements: statements, location: locate(root))
    }

    private func parseStatement(_ cursor: Cursor, index: Int) throws(InputError) -> CAMStatement {
        for (key, value) in try cursor.entries() where !Self.statementKeys.contains(key) {
            throw error(value, "policy.cam.unknown-key", "unknown key `\(key)` in a CAM statement", suggestion: Self.suggest(key, among: Self.statementKeys))
        }
        let effectCursor = try cursor.requiredField("effect")
        let effectText = try effectCursor.string()
        let effect: Effect
        switch effectText.lowercased() {
        case "allow": effect = .allow
        case "deny": effect = .deny
        default: throw error(effectCursor, "policy.cam.effect", "unknown effect `\(effectText)`; expected `allow` or `deny`")
        }
        var actions: [CAMActionPattern] = []
        for item in try cursor.requiredField("action").oneOrMany() {
            let text = try item.string()
            guard CAMActionPattern.isValid(text) else {
                throw error(item, "policy.cam.action", "invalid action `\(text)`; expected `*` or `service:Action`")
            }
            actions.append(CAMActionPattern(text))
        }
        var resources: [QCSResourcePattern] = []
        if let resourceCursor = try cursor.field("resource") {
            for item in resourceCursor.oneOrMany() {
                let text = try item.string()
                guard let pattern = QCSResourcePattern(text) else {
                    throw error(item, "policy.cam.resource", "invalid resource `\(text)`; expected `*` or `qcs:project:service:region:account:resource`")
                }
                resources.append(pattern)
            }
        } else if !isTrustPolicy {
            throw error(cursor, "policy.cam.missing-resource", "statement \(index) has no `resource`")
        }
        var principals: [String: [String]] = [:]
        if let principalCursor = try cursor.field("principal") {
            guard isTrustPolicy else {
                throw error(principalCursor, "policy.cam.principal", "`principal` is only allowed in trust and bucket policies")
            }
            for (key, value) in try principalCursor.entries() {
                guard Self.principalKeys.contains(key) else {
                    throw error(value, "policy.cam.principal", "unknown principal type `\(key)`", suggestion: Self.suggest(key, among: Self.principalKeys))
                }
                var names: [String] = []
                for item in value.oneOrMany() { names.append(try item.string()) }
                principals[key] = names
            }
        }
        var conditions: [CAMConditionClause] = []
        if let conditionCursor = try cursor.field("condition") {
            for (operatorText, tests) in try conditionCursor.entries() {
                guard let parsed = CAMConditionClause.parseOperator(operatorText) else {
                    let names = CAMConditionOperator.allCases.map(\.rawValue)
                    throw error(tests, "policy.cam.condition-operator", "unknown condition operator `\(operatorText)`", suggestion: Self.suggest(operatorText, among: names))
                }
                for (key, valueCursor) in try tests.entries() {
                    var values: [String] = []
                    for item in valueCursor.oneOrMany() {
                        guard let text = item.node.scalarText else { throw error(item, "input.type", "expected a scalar condition value, found \(item.node.value.kindDescription)") }
                        values.append(text)
                    }
                    conditions.append(CAMConditionClause(
                        written: operatorText, base: parsed.base, ifExist: parsed.ifExist, quantifier: parsed.quantifier,
                        key: key, values: values, location: locate(valueCursor)))
                }
            }
        }
        return CAMStatement(
            index: index, effect: effect, actions: actions, resources: resources, conditions: conditions,
            principals: principals, location: locate(cursor), effectLocation: locate(effectCursor))
    }

    private func error(_ cursor: Cursor, _ code: String, _ message: String, suggestion: String? = nil) -> InputError {
        InputError(code: code, message: message, location: locate(cursor), suggestion: suggestion)
    }

    static func suggest(_ key: String, among keys: [String]) -> String? {
        if keys.contains(key.lowercased()) { return "did you mean `\(key.lowercased())`? CAM keys are lowercase" }
        return Suggestions.closest(to: key, among: keys).map { "did you mean `\($0)`?" }
    }
}
