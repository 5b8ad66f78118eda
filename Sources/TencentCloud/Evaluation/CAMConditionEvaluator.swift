import AccessGraph
import Foundation

/// Decides CAM condition clauses against a request's context.
///
/// Semantics (CAM "Condition Keys and Condition Operators" and "Element Reference"; where CAM is
/// silent, the AWS-compatible rules it documents by example):
/// - a key the request does not carry: `_if_exist` passes, `null_equal true` passes,
///   `for_all_value:` passes, a negated operator passes, anything else fails;
/// - a key nobody said anything about (context not complete) leaves the clause undecided;
/// - without a qualifier a positive operator passes when some request value matches some policy
///   value and a negated one when no request value matches any policy value;
///   `for_any_value:` — some request value passes the operator; `for_all_value:` — every one does;
/// - `qcs:read_only_action` and `qcs:except_cam_finance` are computed from the action through
///   ``PresetConditionKeys``.
public struct CAMConditionEvaluator: Sendable {
    /// The action requested, for the keys derived from it.
    public var action: String

    /// Makes an evaluator for a request's action.
    public init(action: String) {
        self.action = action
    }

    /// The truth of one clause.
    public func evaluate(_ clause: CAMConditionClause, context: RequestContext) -> ConditionTruth {
        let lookup: RequestContext.Lookup
        if let derived = PresetConditionKeys.value(of: clause.key, forAction: action), derived != nil {
            // Written as `bool_equal … "true"` or `numeric_equal … 1` in the wild: give the flag
            // in the form the operator compares.
            let numeric = clause.base.rawValue.hasPrefix("numeric_")
            let flag = derived ?? "false"
            lookup = .present([numeric ? (flag == "true" ? "1" : "0") : flag])
        } else {
            // Other keys, and a derived key the table cannot decide for this action (the request
            // may give it, as `--context qcs:read_only_action=true`).
            lookup = context.lookup(clause.key)
        }
        switch lookup {
        case .unknown:
            return .undecided
        case .absent:
            return absentKeyTruth(clause)
        case .present(let requestValues):
            if requestValues.isEmpty { return absentKeyTruth(clause) }
            return presentKeyTruth(clause, requestValues: requestValues)
        }
    }

    private func absentKeyTruth(_ clause: CAMConditionClause) -> ConditionTruth {
        if clause.base == .nullEqual {
            return clause.values.contains { $0.lowercased() == "true" } ? .satisfied : .violated
        }
        if clause.ifExist || clause.quantifier == .allValues || clause.base.isNegated { return .satisfied }
        return .violated
    }

    private func presentKeyTruth(_ clause: CAMConditionClause, requestValues: [String]) -> ConditionTruth {
        if clause.base == .nullEqual {
            return clause.values.contains { $0.lowercased() == "false" } ? .satisfied : .violated
        }
        let passes: (String) -> Bool = { value in
            let anyMatch = clause.values.contains { Self.matches(clause.base, policyValue: $0, requestValue: value) }
            return clause.base.isNegated ? !anyMatch : anyMatch
        }
        let result: Bool
        switch clause.quantifier {
        case .anyValue:
            result = requestValues.contains(where: passes)
        case .allValues:
            result = requestValues.allSatisfy(passes)
        case .single:
            result = clause.base.isNegated ? requestValues.allSatisfy(passes) : requestValues.contains(where: passes)
        }
        return result ? .satisfied : .violated
    }

    /// Whether one request value matches one policy value under the positive form of `base`.
    static func matches(_ base: CAMConditionOperator, policyValue: String, requestValue: String) -> Bool {
        switch base {
        case .stringEqual, .stringNotEqual, .binaryEqual:
            return policyValue == requestValue
        case .stringEqualIgnoreCase, .stringNotEqualIgnoreCase:
            return policyValue.lowercased() == requestValue.lowercased()
        case .stringLike, .stringNotLike:
            return Glob(policyValue, caseSensitive: true).matches(requestValue)
        case .boolEqual:
            return policyValue.lowercased() == requestValue.lowercased()
        case .numericEqual, .numericNotEqual, .numericLessThan, .numericLessThanEqual, .numericGreaterThan, .numericGreaterThanEqual:
            guard let request = Double(requestValue), let policy = Double(policyValue) else { return false }
            return compare(base, request, policy)
        case .dateEqual, .dateNotEqual, .dateLessThan, .dateLessThanEqual, .dateGreaterThan, .dateGreaterThanEqual:
            guard let request = Self.instant(requestValue), let policy = Self.instant(policyValue) else { return false }
            return compare(base, request, policy)
        case .ipEqual, .ipNotEqual:
            return IPRange(policyValue)?.contains(requestValue) ?? false
        case .nullEqual:
            return false
        }
    }

    private static func compare(_ base: CAMConditionOperator, _ request: Double, _ policy: Double) -> Bool {
        switch base {
        case .numericEqual, .numericNotEqual, .dateEqual, .dateNotEqual: request == policy
        case .numericLessThan, .dateLessThan: request < policy
        case .numericLessThanEqual, .dateLessThanEqual: request <= policy
        case .numericGreaterThan, .dateGreaterThan: request > policy
        case .numericGreaterThanEqual, .dateGreaterThanEqual: request >= policy
        default: false
        }
    }

    /// Seconds since 1970 of an ISO 8601 time (`2026-12-03T18:00:00Z`, with optional fractional
    /// seconds or offset) or of a number of epoch seconds.
    static func instant(_ text: String) -> Double? {
        if let seconds = Double(text) { return seconds }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date.timeIntervalSince1970 }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date.timeIntervalSince1970 }
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)?.timeIntervalSince1970
    }
}
