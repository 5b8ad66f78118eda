import Testing
@testable import AccessGraph

/// Patterns that make backtracking matchers exponential must finish in about linear time, and
/// comparisons of realistic policy patterns must be quick. The budgets are generous for debug
/// builds; an exponential algorithm misses them by orders of magnitude.
@Suite("glob worst cases")
struct GlobPerformanceTests {
    static let longRun = String(repeating: "a", count: 100_000)

    static func seconds(_ work: () -> Void) -> Double {
        let duration = ContinuousClock().measure(work)
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    @Test("many stars against a long run of one letter", arguments: [
        "*a*a*a*a*a*b", "*a*a*a*a*a*a*a*a*a*a*a*a*b", "a*a*a*a*a*a*a*a*c", "*aaaaaaaaaab", "*?*?*?*?*?*?*?*?b",
    ])
    func starsAgainstLongText(pattern: String) {
        let glob = Glob(pattern, caseSensitive: false)
        var matched = true
        let elapsed = Self.seconds { matched = glob.matches(Self.longRun) }
        #expect(!matched)
        #expect(elapsed < 2, "took \(elapsed)s")
    }

    @Test("a long text that does match")
    func longMatch() {
        let glob = Glob("*a*a*a*a*a*b", caseSensitive: true)
        var matched = false
        let elapsed = Self.seconds { matched = glob.matches(Self.longRun + "b") }
        #expect(matched)
        #expect(elapsed < 2, "took \(elapsed)s")
    }

    @Test("comparing realistic policy patterns is quick")
    func realisticComparisons() {
        let patterns = [
            "arn:aws:s3:::*", "arn:aws:s3:::bucket/*", "arn:aws:s3:::*/*/*/*/*", "arn:aws:s3:::logs-*-prod/*",
            "arn:aws:iam::*:role/*", "arn:aws:iam::111122223333:role/deploy-??", "arn:aws:*:*:*:*", "*",
            "arn:aws:ecr:*:111122223333:repository/team-*/service-*", "arn:aws:s3:::bucket/????/*.txt",
        ].map { Glob($0, caseSensitive: true) }
        var comparisons = 0
        let elapsed = Self.seconds {
            for left in patterns {
                for right in patterns {
                    _ = left.isSubset(of: right)
                    _ = left.intersects(right)
                    comparisons += 1
                }
            }
        }
        #expect(comparisons == 100)
        #expect(elapsed < 5, "took \(elapsed)s")
    }

    @Test("the exponential family stays tractable at the sizes policies use")
    func questionMarksAfterAStar() {
        let glob = Glob("*a????????", caseSensitive: true)
        var isSubset = false
        let elapsed = Self.seconds { isSubset = glob.isSubset(of: glob) }
        #expect(isSubset)
        #expect(elapsed < 10, "took \(elapsed)s")
    }
}
