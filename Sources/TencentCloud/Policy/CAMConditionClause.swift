import AccessGraph
import Documents

/// One `operator: {key: values}` test of a CAM `condition` element.
///
/// The operator is written `[for_any_value:|for_all_value:]<base>[_if_exist]`
/// (`for_any_value:string_like`, `ip_equal_if_exist`).
public struct CAMConditionClause: Sendable, Hashable, CustomStringConvertible {
    /// How a multi-valued request key is compared.
    public enum Quantifier: String, Sendable, Hashable {
        /// No qualifier: a single-valued comparison (any request value may satisfy it).
        case single
        /// `for_any_value:`: at least one request value matches.
        case anyValue = "for_any_value"
        /// `for_all_value:`: every request value matches (true when the key is absent).
        case allValues = "for_all_value"
    }

    /// The operator as written.
    public var written: String
    /// The base operator (`string_equal`).
    public var base: CAMConditionOperator
    /// Whether `_if_exist` makes an absent key pass.
    public var ifExist: Bool
    /// The qualifier.
    public var quantifier: Quantifier
    /// The context key (`qcs:ip`, `oidc:sub`); compared case-sensitively, as CAM documents.
    public var key: String
    /// The values written.
    public var values: [String]
    /// Where the key is written.
    public var location: FileLocation

    /// Makes a clause.
    public init(written: String, base: CAMConditionOperator, ifExist: Bool, quantifier: Quantifier, key: String, values: [String], location: FileLocation) {
        self.written = written
        self.base = base
        self.ifExist = ifExist
        self.quantifier = quantifier
        self.key = key
        self.values = values
        self.location = location
    }

    /// Parses an operator's text; nil when the base operator is unknown.
    public static func parseOperator(_ text: String) -> (base: CAMConditionOperator, ifExist: Bool, quantifier: Quantifier)? {
        var rest = Substring(text)
        var quantifier = Quantifier.single
        for candidate in [Quantifier.anyValue, .allValues] where rest.hasPrefix(candidate.rawValue + ":") {
            quantifier = candidate
            rest = rest.dropFirst(candidate.rawValue.count + 1)
        }
        var ifExist = false
        if rest.hasSuffix("_if_exist") {
            ifExist = true
            rest = rest.dropLast("_if_exist".count)
        }
        guard let base = CAMConditionOperator(rawValue: String(rest)) else { return nil }
        return (base, ifExist, quantifier)
    }

    /// The clause as a graph condition.
    public var condition: Condition {
        Condition(operation: written, key: key, values: values, location: location)
    }

    /// `string_equal oidc:sub [a, b]`.
    public var description: String { condition.description }
}

/// The base condition operators CAM documents (Condition Keys and Condition Operators page).
public enum CAMConditionOperator: String, Sendable, Hashable, CaseIterable {
    case stringEqual = "string_equal"
    case stringNotEqual = "string_not_equal"
    case stringEqualIgnoreCase = "string_equal_ignore_case"
    case stringNotEqualIgnoreCase = "string_not_equal_ignore_case"
    case stringLike = "string_like"
    case stringNotLike = "string_not_like"
    case numericEqual = "numeric_equal"
    case numericNotEqual = "numeric_not_equal"
    case numericLessThan = "numeric_less_than"
    case numericLessThanEqual = "numeric_less_than_equal"
    case numericGreaterThan = "numeric_greater_than"
    case numericGreaterThanEqual = "numeric_greater_than_equal"
    case dateEqual = "date_equal"
    case dateNotEqual = "date_not_equal"
    case dateLessThan = "date_less_than"
    case dateLessThanEqual = "date_less_than_equal"
    case dateGreaterThan = "date_greater_than"
    case dateGreaterThanEqual = "date_greater_than_equal"
    case boolEqual = "bool_equal"
    case binaryEqual = "binary_equal"
    case ipEqual = "ip_equal"
    case ipNotEqual = "ip_not_equal"
    case nullEqual = "null_equal"

    /// Whether the operator is a negation (true when no value matches).
    public var isNegated: Bool {
        switch self {
        case .stringNotEqual, .stringNotEqualIgnoreCase, .stringNotLike, .numericNotEqual, .dateNotEqual, .ipNotEqual: true
        default: false
        }
    }
}
