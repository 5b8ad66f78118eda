import Testing
@testable import AccessGraph

/// One line of `glob-vectors.json`.
struct GlobVector: Decodable, Sendable, CustomTestStringConvertible {
    var pattern: String
    var caseSensitive: Bool
    var text: String
    var expected: Bool
    var note: String?

    var testDescription: String {
        "\(caseSensitive ? "" : "(?i)")\(pattern) ~ \(text.debugDescription) → \(expected)"
    }
}

/// `glob-vectors.json`: where the vectors come from, and the vectors.
struct GlobVectorFile: Decodable {
    var source: String
    var vectors: [GlobVector]

    static func load() throws -> [GlobVector] {
        try Fixtures.decode(GlobVectorFile.self, from: "glob-vectors.json").vectors
    }
}

@Suite("glob vectors")
struct GlobVectorTests {
    @Test("each vector matches as expected", arguments: try GlobVectorFile.load())
    func vector(_ vector: GlobVector) {
        let glob = Glob(vector.pattern, caseSensitive: vector.caseSensitive)
        #expect(glob.matches(vector.text) == vector.expected, "\(vector.note ?? "")")
    }

    @Test("each vector agrees with the brute-force matcher", arguments: try GlobVectorFile.load())
    func vectorAgreesWithOracle(_ vector: GlobVector) {
        #expect(GlobOracle.matches(vector.pattern, vector.text, caseSensitive: vector.caseSensitive) == vector.expected)
    }

    @Test("the vector file names its source and has enough vectors")
    func fileIsDocumented() throws {
        let file = try Fixtures.decode(GlobVectorFile.self, from: "glob-vectors.json")
        #expect(!file.source.isEmpty)
        #expect(file.vectors.count >= 60)
        #expect(file.vectors.contains { $0.expected } && file.vectors.contains { !$0.expected })
    }
}
