import AccessGraph

/// Decides one condition clause against what a request says, following the IAM condition
/// operator reference:
/// - an absent key (or an empty set) makes `ForAllValues` true, `ForAnyValue` false, `…IfExists`
///   true, a negated operator (`StringNotEquals`, `NotIpAddress`, `ArnNotLike`, …) true and every
///   other operator false; `Null` tests presence itself;
/// - a present key matches when any of the clause's values matches (negated operators: when none
///   does); with `ForAllValues` every request value must match, with `ForAnyValue` at least one;
/// - a key the request does not decide is unknown, and so is the clause.
public enum ConditionEvaluator {
    /// The clause's truth for these facts. `version` decides whether values hold variables.
    public static func evaluate(_ clause: ConditionClause, facts: RequestFacts, version: PolicyLanguageVersion) -> Truth {
        let operation = clause.operation
        var policyValues = clause.values
        if version.substitutesVariables, policyValues.contains(where: PolicyVariables.hasVariables) {
            var substituted: [String] = []
            for value in policyValues {
                switch PolicyVariables.substitute(value, facts: facts) {
                case .text(let text): substituted.append(text)
                case .unknown: return .unknown
                case .absent: return .no
                }
            }
            policyValues = substituted
        }
        let lookup = facts.lookup(clause.key)
        if operation.base == .null {
            let present: Bool
            switch lookup {
            case .unknown: return .unknown
            case .absent: present = false
            case .present(let values): present = !values.isEmpty
            }
            return Truth(policyValues.contains { value in
                switch value.lowercased() {
                case "true": !present
                case "false": present
                default: false
                }
            })
        }
        let requestValues: [String]
        switch lookup {
        case .unknown:
            return .unknown
        case .absent:
            requestValues = []
        case .present(let values):
            requestValues = values
        }
        if requestValues.isEmpty {
            switch operation.qualifier {
            case .forAllValues: return .yes
            case .forAnyValue: return .no
            case nil: return Truth(operation.ifExists || operation.base.isNegated)
            }
        }
        let matcher = ValueMatcher(base: operation.base, policyValues: policyValues)
        let negated = operation.base.isNegated
        switch operation.qualifier {
        case nil:
            let any = requestValues.contains { matcher.matchesAny($0) }
            return Truth(negated ? !any : any)
        case .forAllValues:
            return Truth(requestValues.allSatisfy { matcher.matchesAny($0) != negated })
        case .forAnyValue:
            return Truth(requestValues.contains { matcher.matchesAny($0) != negated })
        }
    }
}

/// Compares one request value with a clause's values by the positive form of an operator
/// (`StringNotLike` compares as `StringLike`; the caller negates).
struct ValueMatcher {
    let base: ConditionOperator.Base
    let policyValues: [String]

    /// Whether the request value matches any of the clause's values.
    func matchesAny(_ value: String) -> Bool {
        policyValues.contains { matches(value, $0) }
    }

    func matches(_ value: String, _ policy: String) -> Bool {
        switch base {
        case .stringEquals, .stringNotEquals:
            return value == policy
        case .stringEqualsIgnoreCase, .stringNotEqualsIgnoreCase:
            return value.lowercased() == policy.lowercased()
        case .stringLike, .stringNotLike:
            return Glob(policy, caseSensitive: true).matches(value)
        case .numericEquals, .numericNotEquals, .numericLessThan, .numericLessThanEquals, .numericGreaterThan, .numericGreaterThanEquals:
            guard let left = Double(value), let right = Double(policy) else { return false }
            return compare(left, right)
        case .dateEquals, .dateNotEquals, .dateLessThan, .dateLessThanEquals, .dateGreaterThan, .dateGreaterThanEquals:
            guard let left = PolicyDate.seconds(value), let right = PolicyDate.seconds(policy) else { return false }
            return compare(left, right)
        case .bool:
            let left = value.lowercased(), right = policy.lowercased()
            return (left == "true" || left == "false") && left == right
        case .binaryEquals:
            return value == policy
        case .ipAddress, .notIpAddress:
            guard let range = IPAddressRange(policy), let address = IPAddressRange(value) else { return false }
            return range.contains(address)
        case .arnEquals, .arnNotEquals, .arnLike, .arnNotLike:
            return ARNPattern(policy).matches(value)
        case .null:
            return false
        }
    }

    /// Orders two numbers or dates by the operator.
    private func compare(_ left: Double, _ right: Double) -> Bool {
        switch base {
        case .numericLessThan, .dateLessThan: left < right
        case .numericLessThanEquals, .dateLessThanEquals: left <= right
        case .numericGreaterThan, .dateGreaterThan: left > right
        case .numericGreaterThanEquals, .dateGreaterThanEquals: left >= right
        default: left == right
        }
    }
}
