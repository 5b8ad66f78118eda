/// A condition operator split into its parts: `ForAnyValue:StringLikeIfExists` is the set
/// qualifier `forAnyValue`, the base `StringLike` and `ifExists`.
public struct ConditionOperator: Sendable, Hashable, CustomStringConvertible {
    /// The base operators of the IAM condition language.
    public enum Base: String, Sendable, Hashable, CaseIterable {
        case stringEquals = "StringEquals", stringNotEquals = "StringNotEquals"
        case stringEqualsIgnoreCase = "StringEqualsIgnoreCase", stringNotEqualsIgnoreCase = "StringNotEqualsIgnoreCase"
        case stringLike = "StringLike", stringNotLike = "StringNotLike"
        case numericEquals = "NumericEquals", numericNotEquals = "NumericNotEquals"
        case numericLessThan = "NumericLessThan", numericLessThanEquals = "NumericLessThanEquals"
        case numericGreaterThan = "NumericGreaterThan", numericGreaterThanEquals = "NumericGreaterThanEquals"
        case dateEquals = "DateEquals", dateNotEquals = "DateNotEquals"
        case dateLessThan = "DateLessThan", dateLessThanEquals = "DateLessThanEquals"
        case dateGreaterThan = "DateGreaterThan", dateGreaterThanEquals = "DateGreaterThanEquals"
        case bool = "Bool"
        case binaryEquals = "BinaryEquals"
        case ipAddress = "IpAddress", notIpAddress = "NotIpAddress"
        case arnEquals = "ArnEquals", arnLike = "ArnLike", arnNotEquals = "ArnNotEquals", arnNotLike = "ArnNotLike"
        case null = "Null"

        /// Whether it is a negated operator, true when the key is absent and the negation of its
        /// positive form otherwise.
        public var isNegated: Bool {
            switch self {
            case .stringNotEquals, .stringNotEqualsIgnoreCase, .stringNotLike, .numericNotEquals, .dateNotEquals,
                 .notIpAddress, .arnNotEquals, .arnNotLike:
                true
            default:
                false
            }
        }
    }

    /// How a multi-valued key is compared.
    public enum SetQualifier: String, Sendable, Hashable {
        /// Every value in the request matches (true when the request has none).
        case forAllValues = "ForAllValues"
        /// At least one value in the request matches.
        case forAnyValue = "ForAnyValue"
    }

    /// The base operator.
    public var base: Base
    /// `ForAllValues:` or `ForAnyValue:`, if written.
    public var qualifier: SetQualifier?
    /// Whether `IfExists` is appended: true when the key is absent.
    public var ifExists: Bool

    /// Makes an operator.
    public init(base: Base, qualifier: SetQualifier? = nil, ifExists: Bool = false) {
        self.base = base
        self.qualifier = qualifier
        self.ifExists = ifExists
    }

    /// Parses an operator as written; nil when it is not one (`Null` takes no `IfExists`).
    public init?(parsing text: String) {
        var rest = Substring(text)
        var qualifier: SetQualifier?
        if let colon = rest.firstIndex(of: ":") {
            guard let found = SetQualifier(rawValue: String(rest[..<colon])) else { return nil }
            qualifier = found
            rest = rest[rest.index(after: colon)...]
        }
        var ifExists = false
        if rest.hasSuffix("IfExists") {
            ifExists = true
            rest = rest.dropLast("IfExists".count)
        }
        guard let base = Base(rawValue: String(rest)), !(base == .null && ifExists) else { return nil }
        self.init(base: base, qualifier: qualifier, ifExists: ifExists)
    }

    /// Every operator spelling without qualifier, for `did you mean`.
    public static var spellings: [String] {
        Base.allCases.flatMap { $0 == .null ? [$0.rawValue] : [$0.rawValue, $0.rawValue + "IfExists"] }
    }

    /// As written: `ForAnyValue:StringLikeIfExists`.
    public var description: String {
        (qualifier.map { $0.rawValue + ":" } ?? "") + base.rawValue + (ifExists ? "IfExists" : "")
    }
}
