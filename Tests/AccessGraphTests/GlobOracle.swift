@testable import AccessGraph

/// Obviously-correct, exponential reference implementations to check `Glob` against.
enum GlobOracle {
    /// Case classes written out by hand for the special scalars the tests use; other scalars are
    /// compared through the standard library's lowercase mapping when it is one scalar.
    static func fold(_ scalar: Unicode.Scalar) -> String {
        if scalar.isASCII { return String(scalar).lowercased() }
        return switch scalar {
        case "\u{212A}": "k"                 // Kelvin sign
        case "\u{017F}": "s"                 // long s
        case "\u{03C2}", "\u{03A3}": "σ"     // final sigma, capital sigma
        case "\u{0131}": "ı"                 // dotless i stays itself
        case "\u{0130}": "İ"                 // dotted capital I stays itself
        case "\u{1E9E}": "ß"                 // capital sharp s
        default:
            String(scalar).lowercased().unicodeScalars.count == 1 ? String(scalar).lowercased() : String(scalar)
        }
    }

    /// Whether `text` matches `pattern`, by trying every split recursively.
    static func matches(_ pattern: String, _ text: String, caseSensitive: Bool) -> Bool {
        let pattern = pattern.unicodeScalars.map { caseSensitive || $0 == "*" || $0 == "?" ? String($0) : fold($0) }
        let text = text.unicodeScalars.map { caseSensitive ? String($0) : fold($0) }
        func match(_ p: Int, _ t: Int) -> Bool {
            if p == pattern.count { return t == text.count }
            switch pattern[p] {
            case "*": return (t...text.count).contains { match(p + 1, $0) }
            case "?": return t < text.count && match(p + 1, t + 1)
            default: return t < text.count && pattern[p] == text[t] && match(p + 1, t + 1)
            }
        }
        return match(0, 0)
    }

    /// Every string over `alphabet` of length up to `maximumLength`, shortest first.
    static func strings(over alphabet: [Unicode.Scalar], upTo maximumLength: Int) -> [String] {
        var all = [""]
        var previous = [""]
        for _ in 0..<maximumLength {
            previous = previous.flatMap { prefix in alphabet.map { prefix + String($0) } }
            all += previous
        }
        return all
    }
}

/// A seeded generator, so random tests fail the same way every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Which of a list of texts a glob matches, as bits, so pairs of globs compare quickly.
struct TextSet {
    private(set) var words: [UInt64]

    /// The texts at which `isMember` holds, out of `count`.
    init(count: Int, isMember: (Int) -> Bool) {
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
        for index in 0..<count where isMember(index) { words[index / 64] |= 1 << UInt64(index % 64) }
    }

    /// The first index in this set and not in `other`.
    func firstIndex(notIn other: TextSet) -> Int? {
        firstIndex(combining: other) { $0 & ~$1 }
    }

    /// The first index in both sets.
    func firstIndex(alsoIn other: TextSet) -> Int? {
        firstIndex(combining: other) { $0 & $1 }
    }

    private func firstIndex(combining other: TextSet, _ combine: (UInt64, UInt64) -> UInt64) -> Int? {
        for (offset, (mine, theirs)) in zip(words, other.words).enumerated() {
            let bits = combine(mine, theirs)
            if bits != 0 { return offset * 64 + bits.trailingZeroBitCount }
        }
        return nil
    }
}
