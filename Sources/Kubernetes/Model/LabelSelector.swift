/// A Kubernetes label selector (`matchLabels` and `matchExpressions`), as aggregation rules use.
public struct LabelSelector: Sendable, Hashable {
    /// One `matchExpressions` entry.
    public struct Requirement: Sendable, Hashable {
        /// The label key.
        public var key: String
        /// `In`, `NotIn`, `Exists` or `DoesNotExist`.
        public var operation: String
        /// The values for `In`/`NotIn`.
        public var values: [String]
    }

    /// Labels that must be present with these values.
    public var matchLabels: [String: String]
    /// Further requirements.
    public var matchExpressions: [Requirement]

    /// Whether the labels satisfy every requirement. An empty selector matches everything, as
    /// `metav1.LabelSelectorAsSelector` makes it.
    public func matches(_ labels: [String: String]) -> Bool {
        for (key, value) in matchLabels where labels[key] != value { return false }
        for requirement in matchExpressions {
            let present = labels[requirement.key]
            switch requirement.operation {
            case "In": guard let present, requirement.values.contains(present) else { return false }
            case "NotIn": if let present, requirement.values.contains(present) { return false }
            case "Exists": if present == nil { return false }
            case "DoesNotExist": if present != nil { return false }
            default: return false
            }
        }
        return true
    }
}
