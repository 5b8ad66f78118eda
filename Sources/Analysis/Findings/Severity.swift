/// How urgent a finding is. Ordered from the most severe down: `critical < high` in sort order
/// puts critical findings first.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case critical
    case high
    case medium
    case low
    case info

    /// 0 for critical up to 4 for info.
    public var rank: Int { Self.allCases.firstIndex(of: self)! }

    /// Whether this severity is at or above `threshold` (`high` is at or above `medium`).
    public func isAtLeast(_ threshold: Severity) -> Bool { rank <= threshold.rank }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
