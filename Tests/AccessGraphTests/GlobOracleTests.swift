import Testing
@testable import AccessGraph

/// Random small patterns checked against brute force over every short string of a small
/// alphabet. The alphabets hold a member of every class the patterns can tell apart (each letter,
/// its other case, the Kelvin sign that folds to `k`, and `c`, which no pattern names), so a
/// shortest witness no longer than the bound is always among the strings tried.
@Suite("glob against brute force")
struct GlobOracleTests {
    static let patternScalars: [Unicode.Scalar] = ["a", "A", "b", "k", "*", "?"]
    static let textScalars: [Unicode.Scalar] = ["a", "A", "b", "B", "k", "K", "\u{212A}", "c"]
    static let bound = 4

    /// A random glob of up to `maximumLength` scalars, case-sensitive or not.
    static func randomGlob(maximumLength: Int, using generator: inout SplitMix64) -> Glob {
        let length = Int.random(in: 0...maximumLength, using: &generator)
        var pattern = ""
        for _ in 0..<length { pattern.unicodeScalars.append(patternScalars.randomElement(using: &generator)!) }
        return Glob(pattern, caseSensitive: Bool.random(using: &generator))
    }

    /// Distinct random globs from a seed.
    static func randomGlobs(count: Int, maximumLength: Int, seed: UInt64) -> [Glob] {
        var generator = SplitMix64(seed: seed)
        var globs: [Glob] = []
        while globs.count < count {
            let glob = randomGlob(maximumLength: maximumLength, using: &generator)
            if !globs.contains(glob) { globs.append(glob) }
        }
        return globs
    }

    /// For each glob, which of `texts` it matches, by the oracle.
    static func oracleMatches(_ globs: [Glob], _ texts: [String]) -> [[Bool]] {
        globs.map { glob in texts.map { GlobOracle.matches(glob.pattern, $0, caseSensitive: glob.caseSensitive) } }
    }

    /// For each glob, the set of `texts` it matches, by the oracle.
    static func oracleSets(_ globs: [Glob], _ texts: [String]) -> [TextSet] {
        oracleMatches(globs, texts).map { matches in TextSet(count: texts.count) { matches[$0] } }
    }

    @Test("matches agrees with brute force on every short string")
    func matchingAgrees() {
        let texts = GlobOracle.strings(over: Self.textScalars, upTo: Self.bound)
        let globs = Self.randomGlobs(count: 120, maximumLength: 6, seed: 0x1EA57)
        var disagreements: [String] = []
        for (glob, expected) in zip(globs, Self.oracleMatches(globs, texts)) {
            for (text, expectation) in zip(texts, expected) where glob.matches(text) != expectation {
                disagreements.append("\(glob.pattern) cs=\(glob.caseSensitive) \(text.debugDescription)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test("matches agrees with brute force on longer patterns and texts")
    func matchingAgreesOnLongerInputs() {
        var generator = SplitMix64(seed: 0xB16)
        var disagreements: [String] = []
        for _ in 0..<3000 {
            let glob = Self.randomGlob(maximumLength: 10, using: &generator)
            var text = ""
            for _ in 0..<Int.random(in: 0...14, using: &generator) {
                text.unicodeScalars.append(Self.textScalars.prefix(5).randomElement(using: &generator)!)
            }
            if glob.matches(text) != GlobOracle.matches(glob.pattern, text, caseSensitive: glob.caseSensitive) {
                disagreements.append("\(glob.pattern) cs=\(glob.caseSensitive) \(text.debugDescription)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test("isSubset and its witness agree with brute force", arguments: [UInt64(7), 8, 9])
    func subsetAgrees(seed: UInt64) {
        let texts = GlobOracle.strings(over: Self.textScalars, upTo: Self.bound)
        let globs = Self.randomGlobs(count: 60, maximumLength: 4, seed: seed)
        let matched = Self.oracleSets(globs, texts)
        var problems: [String] = []
        for (left, leftMatches) in zip(globs, matched) {
            for (right, rightMatches) in zip(globs, matched) {
                let counterexample = leftMatches.firstIndex(notIn: rightMatches).map { texts[$0] }
                let witness = left.witness(notMatchedBy: right)
                let name = "\(left.pattern)/\(left.caseSensitive) ⊆ \(right.pattern)/\(right.caseSensitive)"
                if left.isSubset(of: right) != (witness == nil) { problems.append("\(name): isSubset disagrees with witness") }
                guard let witness else {
                    if let counterexample { problems.append("\(name): missed \(counterexample.debugDescription)") }
                    continue
                }
                if !GlobOracle.matches(left.pattern, witness, caseSensitive: left.caseSensitive)
                    || GlobOracle.matches(right.pattern, witness, caseSensitive: right.caseSensitive) {
                    problems.append("\(name): bad witness \(witness.debugDescription)")
                }
                let length = witness.unicodeScalars.count
                let shortest = counterexample.map(\.unicodeScalars.count) ?? Int.max
                if length <= Self.bound ? length != shortest : shortest != Int.max {
                    problems.append("\(name): witness \(witness.debugDescription) is not a shortest")
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    @Test("intersects and its witness agree with brute force", arguments: [UInt64(17), 18])
    func intersectionAgrees(seed: UInt64) {
        let texts = GlobOracle.strings(over: Self.textScalars, upTo: Self.bound)
        let globs = Self.randomGlobs(count: 60, maximumLength: 4, seed: seed)
        let matched = Self.oracleSets(globs, texts)
        var problems: [String] = []
        for (left, leftMatches) in zip(globs, matched) {
            for (right, rightMatches) in zip(globs, matched) {
                let common = leftMatches.firstIndex(alsoIn: rightMatches).map { texts[$0] }
                let witness = left.witness(intersecting: right)
                let name = "\(left.pattern)/\(left.caseSensitive) ∩ \(right.pattern)/\(right.caseSensitive)"
                if left.intersects(right) != (witness != nil) { problems.append("\(name): intersects disagrees with witness") }
                if left.intersects(right) != right.intersects(left) { problems.append("\(name): not symmetric") }
                guard let witness else {
                    if let common { problems.append("\(name): missed \(common.debugDescription)") }
                    continue
                }
                if !GlobOracle.matches(left.pattern, witness, caseSensitive: left.caseSensitive)
                    || !GlobOracle.matches(right.pattern, witness, caseSensitive: right.caseSensitive) {
                    problems.append("\(name): bad witness \(witness.debugDescription)")
                }
                let length = witness.unicodeScalars.count
                let shortest = common.map(\.unicodeScalars.count) ?? Int.max
                if length <= Self.bound ? length != shortest : shortest != Int.max {
                    problems.append("\(name): witness \(witness.debugDescription) is not a shortest")
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }
}
