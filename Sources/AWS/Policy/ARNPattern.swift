import AccessGraph

/// An ARN pattern matched as IAM matches `Resource` and `ArnLike`: `*` alone matches everything;
/// otherwise the six colon-delimited segments (`arn:partition:service:region:account:resource`,
/// the last of which may itself hold colons) are matched one by one, case-sensitively, with `*`
/// and `?` inside a segment never crossing into the next one.
public struct ARNPattern: Sendable, Hashable {
    /// As written.
    public let written: String
    /// One glob per segment, or nil for a pattern that is `*` only or not six segments long.
    private let segments: [Glob]?
    /// Whether the pattern is made of `*` only.
    public let matchesEverything: Bool

    /// Compiles a pattern.
    public init(_ written: String) {
        self.written = written
        self.matchesEverything = !written.isEmpty && written.allSatisfy { $0 == "*" }
        let parts = ARNPattern.split(written)
        self.segments = parts.map { $0.map { Glob($0, caseSensitive: true) } }
    }

    /// Whether it matches a concrete ARN.
    public func matches(_ arn: String) -> Bool {
        if matchesEverything { return true }
        guard let segments else { return written == arn }
        guard let parts = ARNPattern.split(arn) else { return false }
        for (glob, part) in zip(segments, parts) where !glob.matches(part) { return false }
        return true
    }

    /// Splits an ARN into its six segments (the resource segment keeps any further colons), or
    /// nil when it has fewer than six.
    static func split(_ text: String) -> [String]? {
        let utf8 = text.utf8
        var parts: [String] = []
        parts.reserveCapacity(6)
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex, parts.count < 5 {
            if utf8[index] == UInt8(ascii: ":") {
                parts.append(String(text[start..<index]))
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        guard parts.count == 5 else { return nil }
        parts.append(String(text[start...]))
        return parts
    }
}
