import Testing
@testable import AccessGraph

/// A comparison between two globs and its expected answer.
struct GlobPair: Sendable, CustomTestStringConvertible {
    var left: Glob
    var right: Glob
    var expected: Bool
    var witness: String?

    init(_ left: String, _ leftCaseSensitive: Bool, _ right: String, _ rightCaseSensitive: Bool, _ expected: Bool, witness: String? = nil) {
        self.left = Glob(left, caseSensitive: leftCaseSensitive)
        self.right = Glob(right, caseSensitive: rightCaseSensitive)
        self.expected = expected
        self.witness = witness
    }

    var testDescription: String {
        "\(left.pattern)\(left.caseSensitive ? "" : "(?i)") vs \(right.pattern)\(right.caseSensitive ? "" : "(?i)")"
    }
}

@Suite("glob inclusion and intersection")
struct GlobComparisonTests {
    static let cs = true
    static let ci = false

    /// `left ⊆ right`, with the shortest witness expected when it is not.
    static let subsets: [GlobPair] = [
        GlobPair("arn:aws:s3:::bucket/*", cs, "arn:aws:s3:::*", cs, true),
        GlobPair("arn:aws:s3:::*", cs, "arn:aws:s3:::bucket/*", cs, false, witness: "arn:aws:s3:::"),
        GlobPair("arn:aws:s3:::bucket/*", cs, "arn:aws:s3:::bucket*", cs, true),
        GlobPair("arn:aws:s3:::bucket*", cs, "arn:aws:s3:::bucket/*", cs, false, witness: "arn:aws:s3:::bucket"),
        GlobPair("arn:aws:s3:::bucket/?", cs, "arn:aws:s3:::bucket/*", cs, true),
        GlobPair("arn:aws:s3:::Bucket/*", cs, "arn:aws:s3:::bucket/*", cs, false, witness: "arn:aws:s3:::Bucket/"),
        GlobPair("iam:*AccessKey*", ci, "iam:*", ci, true),
        GlobPair("iam:*", ci, "iam:*AccessKey*", ci, false, witness: "iam:"),
        GlobPair("IAM:CreateAccessKey", ci, "iam:*accesskey*", ci, true),
        GlobPair("s3:Get*", ci, "S3:GET*", ci, true),
        GlobPair("s3:GetObject", cs, "s3:get*", ci, true),
        GlobPair("s3:get*", ci, "s3:GetObject", cs, false, witness: "s3:get"),
        GlobPair("k", ci, "k", cs, false, witness: "K"),
        GlobPair("k", cs, "K", ci, true),
        GlobPair("\u{212A}", cs, "k", ci, true),
        GlobPair("1", ci, "1", cs, true),
        GlobPair("a-1", ci, "?-1", cs, true),
        GlobPair("*", cs, "*", ci, true),
        GlobPair("*", cs, "**", cs, true),
        GlobPair("*", cs, "?*", cs, false, witness: ""),
        GlobPair("?*", cs, "*?", cs, true),
        GlobPair("*?", cs, "?*", cs, true),
        GlobPair("a*b*c", cs, "a*c", cs, true),
        GlobPair("a*c", cs, "a*b*c", cs, false, witness: "ac"),
        GlobPair("*a*a*a*a*a*b", cs, "*a*b", cs, true),
        GlobPair("*a*b", cs, "*a*a*a*a*a*b", cs, false, witness: "ab"),
        GlobPair("*ab*", cs, "*a*", cs, true),
        GlobPair("*a??", cs, "*a??", cs, true),
        GlobPair("*a??", cs, "*a?*", cs, true),
        GlobPair("*a?*", cs, "*a??", cs, false, witness: "ax"),
        GlobPair("", cs, "*", cs, true),
        GlobPair("", cs, "?", cs, false, witness: ""),
        GlobPair("abc", cs, "abc", cs, true),
        GlobPair("abc", cs, "abd", cs, false, witness: "abc"),
        GlobPair("a?c", cs, "abc", cs, false, witness: "axc"),
        GlobPair("caf\u{E9}", cs, "caf?", cs, true),
        GlobPair("cafe\u{301}", cs, "caf?", cs, false, witness: "cafe\u{301}"),
    ]

    @Test("isSubset", arguments: subsets)
    func subset(_ pair: GlobPair) {
        #expect(pair.left.isSubset(of: pair.right) == pair.expected)
    }

    @Test("witness(notMatchedBy:) is a shortest counterexample", arguments: subsets)
    func subsetWitness(_ pair: GlobPair) {
        let witness = pair.left.witness(notMatchedBy: pair.right)
        #expect(witness == (pair.expected ? nil : pair.witness))
        if let witness {
            #expect(pair.left.matches(witness))
            #expect(!pair.right.matches(witness))
        }
    }

    /// Whether `left` and `right` share a string, with the shortest shared string expected.
    static let intersections: [GlobPair] = [
        GlobPair("arn:aws:s3:::logs-*", cs, "arn:aws:s3:::*-prod", cs, true, witness: "arn:aws:s3:::logs-prod"),
        GlobPair("arn:aws:s3:::a*", cs, "arn:aws:s3:::b*", cs, false),
        GlobPair("a?c", cs, "?b?", cs, true, witness: "abc"),
        GlobPair("??", cs, "*", cs, true, witness: "xx"),
        GlobPair("*", cs, "", cs, true, witness: ""),
        GlobPair("?", cs, "", cs, false),
        GlobPair("ABC", ci, "abc", cs, true, witness: "abc"),
        GlobPair("ABC", ci, "abc", ci, true, witness: "ABC"),
        GlobPair("ABC", cs, "abc", cs, false),
        GlobPair("k", ci, "\u{212A}", cs, true, witness: "\u{212A}"),
        GlobPair("i", ci, "\u{131}", cs, false),
        GlobPair("*a*", cs, "*b*", cs, true, witness: "ab"),
        GlobPair("a*", cs, "*b", cs, true, witness: "ab"),
        GlobPair("aa*", cs, "*a", cs, true, witness: "aa"),
        GlobPair("a", cs, "*?*?", cs, false),
        GlobPair("iam:*AccessKey*", ci, "iam:Delete*", ci, true, witness: "iam:DeleteAccessKey"),
    ]

    @Test("intersects", arguments: intersections)
    func intersection(_ pair: GlobPair) {
        #expect(pair.left.intersects(pair.right) == pair.expected)
        #expect(pair.right.intersects(pair.left) == pair.expected)
    }

    @Test("witness(intersecting:) is a shortest shared string", arguments: intersections)
    func intersectionWitness(_ pair: GlobPair) {
        let witness = pair.left.witness(intersecting: pair.right)
        #expect(witness == pair.witness)
        if let witness {
            #expect(pair.left.matches(witness))
            #expect(pair.right.matches(witness))
        }
    }

    @Test("isEquivalent compares languages, not spelling")
    func equivalence() {
        #expect(Glob("a**b", caseSensitive: true).isEquivalent(to: Glob("a*b", caseSensitive: true)))
        #expect(Glob("?*", caseSensitive: true).isEquivalent(to: Glob("*?", caseSensitive: true)))
        #expect(Glob("S3:GET*", caseSensitive: false).isEquivalent(to: Glob("s3:get*", caseSensitive: false)))
        #expect(!Glob("s3:get*", caseSensitive: true).isEquivalent(to: Glob("s3:get*", caseSensitive: false)))
        #expect(!Glob("a*", caseSensitive: true).isEquivalent(to: Glob("a?*", caseSensitive: true)))
    }
}
