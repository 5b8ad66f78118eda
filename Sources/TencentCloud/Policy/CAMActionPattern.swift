import AccessGraph

/// An `action` entry of a CAM statement: `*`, `cos:*`, `cam:Get*`, `name/cam:AttachUserPolicy`.
///
/// The `name/` prefix (the console's spelling) is removed. Service and action names compare
/// without regard to case, as the CAM console and API accept them in any case. A class, so that
/// matching many statements passes one reference per pattern.
public final class CAMActionPattern: Sendable, Hashable {
    /// The entry as written.
    public let written: String
    /// The pattern without its `name/` prefix.
    public let pattern: String
    /// The compiled pattern.
    let glob: Glob

    /// Makes a pattern from what a policy wrote; the caller has validated its shape.
    public init(_ written: String) {
        self.written = written
        self.pattern = CAMActionPattern.removingPrefix(written)
        self.glob = Glob(pattern, caseSensitive: false)
    }

    public static func == (lhs: CAMActionPattern, rhs: CAMActionPattern) -> Bool {
        lhs.written == rhs.written
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(written)
    }

    /// Whether the pattern is `*`.
    public var matchesEverything: Bool { glob.matchesEverything }

    /// Whether the pattern matches an action (`cam:AttachUserPolicy`, with or without `name/`).
    public func matches(_ action: String) -> Bool {
        glob.matches(CAMActionPattern.removingPrefix(action))
    }

    /// Whether the pattern matches an action already stripped of its `name/` prefix.
    public func matches(bare action: String) -> Bool {
        glob.matches(action)
    }

    /// The text without a leading `name/`.
    public static func removingPrefix(_ text: String) -> String {
        text.hasPrefix("name/") ? String(text.dropFirst(5)) : text
    }

    /// Whether text is a valid action entry: `*`, or `service:name` with a non-empty service of
    /// letters, digits, `-` or `*` and a non-empty name.
    public static func isValid(_ text: String) -> Bool {
        let bare = removingPrefix(text)
        if bare == "*" { return true }
        let parts = bare.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        return parts[0].allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "*" || $0 == "_" }
            && !parts[1].contains(":")
    }
}
