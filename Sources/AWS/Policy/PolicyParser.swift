import AccessGraph
import Documents

/// Reads an IAM policy document through a ``Cursor``, refusing what IAM refuses with a located
/// error: unknown elements (with `did you mean`), both `Action` and `NotAction`, a missing or
/// unknown `Effect`, unknown condition operators, values of the wrong shape.
public enum PolicyParser {
    /// The top-level elements of a policy.
    static let documentElements = ["Version", "Id", "Statement"]
    /// The elements of a statement.
    static let statementElements = ["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition"]

    /// Parses the document at the cursor.
    public static func parse(_ cursor: Cursor) throws(InputError) -> PolicyDocument {
        let entries = try cursor.entries()
        for (key, value) in entries where !documentElements.contains(key) {
            throw unknownElement(key, at: value, among: documentElements, what: "policy")
        }
        var version = PolicyLanguageVersion.absent
        if let field = try cursor.field("Version") {
            let text = try field.string()
            guard let known = PolicyLanguageVersion(rawValue: text), known != .absent else {
                throw field.error("aws.policy.version", "unknown policy version `\(text)`; expected `2012-10-17` or `2008-10-17`")
            }
            version = known
        }
        let id = try cursor.field("Id")?.string()
        let statementNode = try cursor.requiredField("Statement")
        var statements: [PolicyStatement] = []
        for (index, element) in statementNode.oneOrMany().enumerated() {
            statements.append(try parseStatement(element, index: index, version: version))
        }
        return PolicyDocument(version: version, id: id, statements: statements, location: cursor.location)
    }

    /// Parses one statement.
    static func parseStatement(_ cursor: Cursor, index: Int, version: PolicyLanguageVersion) throws(InputError) -> PolicyStatement {
        let entries = try cursor.entries()
        for (key, value) in entries where !statementElements.contains(key) {
            throw unknownElement(key, at: value, among: statementElements, what: "statement")
        }
        let sid = try cursor.field("Sid")?.scalarText()
        let effectNode = try cursor.requiredField("Effect")
        let effectText = try effectNode.string()
        let effect: Effect
        switch effectText {
        case "Allow": effect = .allow
        case "Deny": effect = .deny
        default:
            throw effectNode.error("aws.policy.effect", "unknown effect `\(effectText)`; expected `Allow` or `Deny`")
        }
        let actions = try pair(cursor, "Action", "NotAction", required: true) { text, location in
            ActionPattern(text, at: location)
        }!
        let resources = try pair(cursor, "Resource", "NotResource", required: false) { text, location in
            ResourcePattern(text, at: location, substitutesVariables: version.substitutesVariables)
        }
        let principals = try principalElement(cursor)
        let conditions = try conditionElement(cursor)
        return PolicyStatement(
            index: index, sid: sid, effect: effect, actions: actions, resources: resources,
            principals: principals, conditions: conditions, location: cursor.location)
    }

    /// Reads `Name` or `NotName` (never both) as a list of patterns.
    static func pair<Pattern>(
        _ cursor: Cursor, _ positive: String, _ negative: String, required: Bool,
        make: (String, FileLocation) -> Pattern
    ) throws(InputError) -> PatternList<Pattern>? {
        let plain = try cursor.field(positive)
        let negated = try cursor.field(negative)
        if plain != nil, let negated {
            throw negated.error("aws.policy.conflict", "a statement may have `\(positive)` or `\(negative)`, not both")
        }
        guard let node = plain ?? negated else {
            if required {
                throw cursor.error("aws.policy.missing", "statement has neither `\(positive)` nor `\(negative)`")
            }
            return nil
        }
        var patterns: [Pattern] = []
        for element in node.oneOrMany() {
            patterns.append(make(try element.string(), element.location))
        }
        if patterns.isEmpty {
            throw node.error("aws.policy.empty", "`\(plain != nil ? positive : negative)` is an empty list")
        }
        return PatternList(isNegated: plain == nil, patterns: patterns, location: node.location)
    }

    /// Reads `Principal` or `NotPrincipal`.
    static func principalElement(_ cursor: Cursor) throws(InputError) -> PatternList<PrincipalPattern>? {
        let plain = try cursor.field("Principal")
        let negated = try cursor.field("NotPrincipal")
        if plain != nil, let negated {
            throw negated.error("aws.policy.conflict", "a statement may have `Principal` or `NotPrincipal`, not both")
        }
        guard let node = plain ?? negated else { return nil }
        var patterns: [PrincipalPattern] = []
        if case .string(let text) = node.node.value {
            guard text == "*" else {
                throw node.error("aws.policy.principal", "a principal given as a string must be `*`, found `\(text)`", suggestion: "write `{\"AWS\": \"\(text)\"}`")
            }
            patterns.append(PrincipalPattern(kind: .everyone, value: "*", location: node.location))
        } else {
            let known = PrincipalPattern.Kind.allCases.filter { $0 != .everyone }.map(\.rawValue)
            for (key, value) in try node.entries() {
                guard let kind = PrincipalPattern.Kind(rawValue: key), kind != .everyone else {
                    throw unknownElement(key, at: value, among: known, what: "principal")
                }
                for element in value.oneOrMany() {
                    patterns.append(PrincipalPattern(kind: kind, value: try element.string(), location: element.location))
                }
            }
        }
        return PatternList(isNegated: plain == nil, patterns: patterns, location: node.location)
    }

    /// Reads the `Condition` block: operator → key → value or list of values.
    static func conditionElement(_ cursor: Cursor) throws(InputError) -> [ConditionClause] {
        guard let block = try cursor.field("Condition") else { return [] }
        var clauses: [ConditionClause] = []
        for (operatorText, keys) in try block.entries() {
            guard let operation = ConditionOperator(parsing: operatorText) else {
                let bare = operatorText.split(separator: ":").last.map(String.init) ?? operatorText
                let suggestion = Suggestions.closest(to: bare, among: ConditionOperator.spellings).map { "did you mean `\($0)`?" }
                throw keys.error("aws.policy.condition-operator", "unknown condition operator `\(operatorText)`", suggestion: suggestion)
            }
            for (key, valueNode) in try keys.entries() {
                var values: [String] = []
                for element in valueNode.oneOrMany() {
                    values.append(try element.scalarText())
                }
                clauses.append(ConditionClause(operation: operation, key: key, values: values, location: valueNode.location))
            }
        }
        return clauses
    }

    /// The error for an element IAM does not know, suggesting the nearest known one.
    static func unknownElement(_ key: String, at value: Cursor, among known: [String], what: String) -> InputError {
        let suggestion = Suggestions.closest(to: key, among: known).map { "did you mean `\($0)`?" }
        return value.error("aws.policy.unknown-element", "unknown \(what) element `\(key)`", suggestion: suggestion)
    }
}
