/// The systems leastpriv reads permissions from.
public enum Provider: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case aws
    case tencentcloud
    case kubernetes
    case github
    case gitlab

    public static func < (lhs: Provider, rhs: Provider) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
