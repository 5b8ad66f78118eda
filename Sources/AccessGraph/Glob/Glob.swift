/// A wildcard pattern in the IAM and CAM language, compiled once and matched many times.
///
/// `*` matches any run of characters, including none and including `/` and `:`; `?` matches
/// exactly one character; every other character matches itself. There are no escapes and no
/// character classes.
///
/// A character is one Unicode scalar: `?` matches `é` written as one scalar but not `e` followed
/// by a combining accent, and text is compared scalar by scalar with no normalisation. A
/// case-insensitive glob compares scalars by Unicode simple case folding, one scalar at a time:
/// `K`, `k` and the Kelvin sign are one letter; `ß` and `ss` are not, and neither are the Turkic
/// `ı` and `i`.
///
/// Matching takes at most time proportional to the pattern's length times the text's, never
/// exponential; `*`, literal, `prefix*` and `*suffix` patterns take a single pass. Two globs are
/// equal when written the same with the same case sensitivity; ``isEquivalent(to:)`` compares the
/// strings they match.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    /// Whether letters must match in case (IAM resources) or not (IAM actions).
    public let caseSensitive: Bool
    /// The compiled pattern: ``GlobToken`` codes, with runs of `*` collapsed to one and literal
    /// scalars folded when the glob is case-insensitive.
    let tokens: [UInt32]
    /// The scalar written at each token, for witnesses that read like the pattern.
    let writtenScalars: [UInt32]
    /// The fast path matching takes.
    private let shape: Shape

    /// Compiles a pattern.
    public init(_ pattern: String, caseSensitive: Bool) {
        self.pattern = pattern
        self.caseSensitive = caseSensitive
        var tokens: [UInt32] = []
        var written: [UInt32] = []
        for scalar in pattern.unicodeScalars {
            let token: UInt32 = switch scalar {
            case "*": GlobToken.anyRun
            case "?": GlobToken.anyScalar
            default: caseSensitive ? scalar.value : GlobCaseFolding.fold(scalar.value)
            }
            if token == GlobToken.anyRun, tokens.last == GlobToken.anyRun { continue }
            tokens.append(token)
            written.append(scalar.value)
        }
        self.tokens = tokens
        self.writtenScalars = written
        self.shape = Shape(tokens)
    }

    /// Whether the pattern has no `*` or `?`, so it matches one string (or, ignoring case, the
    /// spellings of one string).
    public var isLiteral: Bool { !hasWildcard }

    /// Whether the pattern has a `*` or `?`.
    public var hasWildcard: Bool { tokens.contains { GlobToken.isWildcard($0) } }

    /// Whether the glob matches every string: its pattern is made of `*` only, and is not empty.
    public var matchesEverything: Bool {
        if case .everything = shape { return true }
        return false
    }

    /// The pattern as written.
    public var description: String { pattern }

    /// Whether `text` matches the whole pattern.
    public func matches(_ text: String) -> Bool {
        switch shape {
        case .everything:
            return true
        case .fixed:
            return matchesFixed(text)
        case .prefix(let headCount):
            return matchesPrefix(text, headCount: headCount)
        case .suffix:
            return matchesSuffix(text)
        case .general:
            return matchesGeneral(text)
        }
    }

    public static func == (lhs: Glob, rhs: Glob) -> Bool {
        lhs.pattern == rhs.pattern && lhs.caseSensitive == rhs.caseSensitive
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pattern)
        hasher.combine(caseSensitive)
    }

    // MARK: - Matching

    /// The value a text scalar is compared by.
    @inline(__always)
    private func key(_ scalar: Unicode.Scalar) -> UInt32 {
        caseSensitive ? scalar.value : GlobCaseFolding.fold(scalar.value)
    }

    /// Whether a non-`*` token accepts a text scalar.
    @inline(__always)
    private func accepts(_ token: UInt32, _ scalar: Unicode.Scalar) -> Bool {
        token == GlobToken.anyScalar || token == key(scalar)
    }

    /// No `*`: the text has exactly one scalar per token.
    private func matchesFixed(_ text: String) -> Bool {
        var index = 0
        for scalar in text.unicodeScalars {
            guard index < tokens.count, accepts(tokens[index], scalar) else { return false }
            index += 1
        }
        return index == tokens.count
    }

    /// `head*`: the text starts with one scalar per head token.
    private func matchesPrefix(_ text: String, headCount: Int) -> Bool {
        var index = 0
        for scalar in text.unicodeScalars {
            if index == headCount { return true }
            guard accepts(tokens[index], scalar) else { return false }
            index += 1
        }
        return index == headCount
    }

    /// `*tail`: the text ends with one scalar per tail token.
    private func matchesSuffix(_ text: String) -> Bool {
        var index = tokens.count - 1
        for scalar in text.unicodeScalars.reversed() {
            if index == 0 { return true }
            guard accepts(tokens[index], scalar) else { return false }
            index -= 1
        }
        return index == 0
    }

    /// Any pattern: the greedy two-pointer walk that, on a mismatch, lets the most recent `*`
    /// swallow one more scalar and retries from there. Earlier stars never need revisiting, so the
    /// walk takes at most pattern length × text length steps.
    private func matchesGeneral(_ text: String) -> Bool {
        var keys: [UInt32] = []
        keys.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { keys.append(key(scalar)) }

        var token = 0
        var position = 0
        var lastStar: Int?
        var resumePosition = 0
        while position < keys.count {
            if token < tokens.count, tokens[token] == GlobToken.anyRun {
                lastStar = token
                resumePosition = position
                token += 1
            } else if token < tokens.count, tokens[token] == GlobToken.anyScalar || tokens[token] == keys[position] {
                token += 1
                position += 1
            } else if let star = lastStar {
                token = star + 1
                resumePosition += 1
                position = resumePosition
            } else {
                return false
            }
        }
        while token < tokens.count, tokens[token] == GlobToken.anyRun { token += 1 }
        return token == tokens.count
    }
}

/// The codes a compiled glob uses for its wildcards; every other code is a scalar value (at most
/// 0x10FFFF), so none collides.
enum GlobToken {
    /// `*`.
    static let anyRun = UInt32.max
    /// `?`.
    static let anyScalar = UInt32.max - 1

    /// Whether a token is `*` or `?`.
    @inline(__always)
    static func isWildcard(_ token: UInt32) -> Bool { token >= anyScalar }
}

extension Glob {
    /// Which single-pass matcher a compiled pattern can use.
    private enum Shape: Sendable {
        /// Only `*`.
        case everything
        /// No `*`.
        case fixed
        /// One `*`, at the end, after this many tokens.
        case prefix(headCount: Int)
        /// One `*`, at the start.
        case suffix
        /// Anything else.
        case general

        init(_ tokens: [UInt32]) {
            let stars = tokens.indices.filter { tokens[$0] == GlobToken.anyRun }
            switch stars {
            case []: self = .fixed
            case [0] where tokens.count == 1: self = .everything
            case [tokens.count - 1]: self = .prefix(headCount: tokens.count - 1)
            case [0]: self = .suffix
            default: self = .general
            }
        }
    }
}
