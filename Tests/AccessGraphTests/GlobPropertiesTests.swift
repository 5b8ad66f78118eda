import Testing
@testable import AccessGraph

@Suite("glob properties")
struct GlobPropertiesTests {
    /// Pattern, whether it has a wildcard, whether it matches everything.
    static let shapes: [(String, Bool, Bool)] = [
        ("", false, false),
        ("abc", false, false),
        ("arn:aws:s3:::bucket", false, false),
        ("*", true, true),
        ("***", true, true),
        ("?", true, false),
        ("*?", true, false),
        ("a*", true, false),
        ("*a", true, false),
        ("a?c", true, false),
    ]

    @Test("isLiteral, hasWildcard and matchesEverything", arguments: shapes)
    func shape(pattern: String, hasWildcard: Bool, matchesEverything: Bool) {
        let glob = Glob(pattern, caseSensitive: true)
        #expect(glob.hasWildcard == hasWildcard)
        #expect(glob.isLiteral == !hasWildcard)
        #expect(glob.matchesEverything == matchesEverything)
    }

    @Test("keeps the pattern and case sensitivity as given")
    func keepsWhatWasWritten() {
        let glob = Glob("IAM:**Get", caseSensitive: false)
        #expect(glob.pattern == "IAM:**Get")
        #expect(glob.description == "IAM:**Get")
        #expect(!glob.caseSensitive)
    }

    @Test("equal when written the same with the same case sensitivity")
    func equality() {
        let glob = Glob("s3:Get*", caseSensitive: false)
        #expect(glob == Glob("s3:Get*", caseSensitive: false))
        #expect(glob != Glob("s3:Get*", caseSensitive: true))
        #expect(glob != Glob("s3:get*", caseSensitive: false))
        #expect(Set([glob, Glob("s3:Get*", caseSensitive: false), Glob("s3:Get**", caseSensitive: false)]).count == 2)
    }

    @Test("a literal pattern matches only its own scalars")
    func literalIsExact() {
        let glob = Glob("arn:aws:iam::1:role/deploy", caseSensitive: true)
        #expect(glob.matches("arn:aws:iam::1:role/deploy"))
        #expect(!glob.matches("arn:aws:iam::1:role/deploy2"))
        #expect(!glob.matches("arn:aws:iam::1:role/deplo"))
    }
}
