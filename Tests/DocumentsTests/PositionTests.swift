import Testing
@testable import Documents

/// Line and column of values and keys in small files, for every reader; the JSON cases hold for
/// json-c's lazy positions too.
struct PositionTests {
    /// A value named by its pointer, where it starts, and where its key starts (if it has one).
    struct Expected: Sendable, CustomStringConvertible {
        let pointer: String
        let value: Documents.SourceLocation
        let key: Documents.SourceLocation?
        init(_ pointer: String, _ line: Int, _ column: Int, key: (Int, Int)? = nil) {
            self.pointer = pointer
            self.value = Documents.SourceLocation(line: line, column: column)
            self.key = key.map { Documents.SourceLocation(line: $0.0, column: $0.1) }
        }
        var description: String { pointer }
    }

    static let policyJSON: [Expected] = [
        Expected("", 1, 1),
        Expected("/Version", 2, 14, key: (2, 3)),
        Expected("/Statement", 3, 16, key: (3, 3)),
        Expected("/Statement/0", 4, 5),
        Expected("/Statement/0/Effect", 5, 17, key: (5, 7)),
        Expected("/Statement/0/Action", 6, 17, key: (6, 7)),
        Expected("/Statement/0/Action/0", 6, 18),
        Expected("/Statement/0/Action/1", 6, 34),
        Expected("/Statement/0/Résumé", 7, 17, key: (7, 7)),
        Expected("/Statement/0/Résumé/é", 7, 23, key: (7, 18)),
        Expected("/Statement/0/Résumé/n", 7, 34, key: (7, 29)),
        Expected("/Statement/0/Count", 8, 16, key: (8, 7)),
        Expected("/Statement/0/Ratio", 8, 30, key: (8, 21)),
    ]

    static let workflowYAML: [Expected] = [
        Expected("/on", 2, 3, key: (1, 1)),
        Expected("/on/push", 3, 5, key: (2, 3)),
        Expected("/on/push/branches", 3, 15, key: (3, 5)),
        Expected("/on/push/branches/0", 3, 16),
        Expected("/jobs", 5, 3, key: (4, 1)),
        Expected("/jobs/build/runs-on", 6, 14, key: (6, 5)),
        Expected("/jobs/build/steps", 8, 7, key: (7, 5)),
        Expected("/jobs/build/steps/0", 8, 9),
        Expected("/jobs/build/steps/0/uses", 8, 15, key: (8, 9)),
        Expected("/jobs/build/steps/1/run", 9, 14, key: (9, 9)),
        Expected("/jobs/build/steps/1/name", 11, 15, key: (11, 9)),
    ]

    static let credentialReportCSV: [Expected] = [
        Expected("/0/user", 2, 1, key: (1, 1)),
        Expected("/0/arn", 2, 7, key: (1, 6)),
        Expected("/0/mfa_active", 2, 33, key: (1, 10)),
        Expected("/1/user", 3, 1),
        Expected("/1/arn", 3, 11),
        Expected("/1/mfa_active", 3, 37),
        Expected("/2/user", 5, 1),
        Expected("/2/arn", 5, 7),
        Expected("/2/mfa_active", 5, 8),
    ]

    /// The node at `pointer` and the key node that leads to it.
    static func lookUp(_ pointer: String, in document: Document) throws -> (node: Node, key: Node?) {
        var node = document.roots[0]
        var key: Node?
        for token in JSONPointer(parsing: pointer)!.tokens {
            switch node.value {
            case .mapping(let entries):
                let entry = try #require(entries.last { $0.key.scalarText == token })
                key = entry.key
                node = entry.value
            case .sequence(let items):
                node = items[try #require(Int(token))]
                key = nil
            default:
                Issue.record("\(pointer) goes through a scalar")
            }
        }
        return (node, key)
    }

    @Test(arguments: policyJSON)
    func jsonParserPositions(_ expected: Expected) throws {
        let document = try JSONParser.parse(try Fixtures.bytes("positions/policy.json"), file: "policy.json", limits: .default)
        let (node, key) = try Self.lookUp(expected.pointer, in: document)
        #expect(node.location == expected.value)
        #expect(key?.location == expected.key)
    }

    @Test(arguments: policyJSON)
    func jsonCLazyPositions(_ expected: Expected) throws {
        let document = try JSONCReader.parse(try Fixtures.bytes("positions/policy.json"), file: "policy.json", limits: .default)
        let pointer = try #require(JSONPointer(parsing: expected.pointer))
        let (node, _) = try Self.lookUp(expected.pointer, in: document)
        #expect(node.location == nil)
        #expect(document.location(of: pointer, node: node).position == expected.value)
    }

    @Test(arguments: workflowYAML)
    func yamlPositions(_ expected: Expected) throws {
        let document = try YAMLReader.parse(try Fixtures.bytes("positions/workflow.yaml"), file: "ci.yml", limits: .default)
        let (node, key) = try Self.lookUp(expected.pointer, in: document)
        #expect(node.location == expected.value)
        #expect(key?.location == expected.key)
    }

    @Test(arguments: credentialReportCSV)
    func csvPositions(_ expected: Expected) throws {
        let document = try CSVReader.parse(try Fixtures.bytes("positions/credential-report.csv"), file: "report.csv", limits: .default)
        let (node, key) = try Self.lookUp(expected.pointer, in: document)
        #expect(node.location == expected.value)
        if let expectedKey = expected.key {
            #expect(key?.location == expectedKey)
        }
    }

    @Test func cursorLocationNamesFileLineAndPointer() throws {
        let document = try JSONParser.parse(try Fixtures.bytes("positions/policy.json"), file: "policy.json", limits: .default)
        let effect = try document.root().requiredField("Statement").elements()[0].requiredField("Effect")
        #expect(effect.location.description == "policy.json:5:17")
        #expect(effect.location.pointer.description == "/Statement/0/Effect")
    }

    @Test func columnsCountScalarsAfterByteOrderMarkAndLineBreaks() throws {
        // BOM takes no column; CRLF, LF and a lone CR each end one line.
        let text: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("[\"é😀\", 1,\r\n2,\r3,\n  \"x\"]".utf8)
        let document = try JSONParser.parse(text, file: "t.json", limits: .default)
        guard case .sequence(let items) = document.roots[0].value else { Issue.record("not a sequence"); return }
        #expect(document.roots[0].location == Documents.SourceLocation(line: 1, column: 1))
        #expect(items.map(\.location) == [
            Documents.SourceLocation(line: 1, column: 2), Documents.SourceLocation(line: 1, column: 8),
            Documents.SourceLocation(line: 2, column: 1), Documents.SourceLocation(line: 3, column: 1), Documents.SourceLocation(line: 4, column: 3),
        ])
        let locator = JSONPositionLocator(bytes: text)
        #expect((0..<5).map { locator.position(of: JSONPointer([String($0)])) } == items.map(\.location))
    }

    @Test func locatorNamesTheLastOfDuplicateKeysAndNothingForMissingValues() {
        let locator = JSONPositionLocator(bytes: Array("{\"a\": 1,\n \"a\": [\"}\", {\"b\": 2}]}".utf8))
        #expect(locator.position(of: ["a"]) == Documents.SourceLocation(line: 2, column: 7))
        #expect(locator.position(of: ["a", "1", "b"]) == Documents.SourceLocation(line: 2, column: 19))
        #expect(locator.position(of: ["a", "2"]) == nil)
        #expect(locator.position(of: ["a", "01"]) == nil)
        #expect(locator.position(of: ["c"]) == nil)
    }
}

/// The node layout stays compact: memory for large exports is dominated by nodes.
struct NodeLayoutTests {
    @Test func nodeAndEntryStayCompact() {
        #expect(MemoryLayout<Node>.stride <= 40)
        #expect(MemoryLayout<MappingEntry>.stride <= 80)
    }

    @Test func tagsCompareByName() {
        #expect(Node(.string("x"), tag: "!Ref") == Node(.string("x"), tag: "!Ref"))
        #expect(Node(.string("x"), tag: "!Ref") != Node(.string("x"), tag: "!Sub"))
        #expect(Node(.string("x"), tag: "!Ref") != Node(.string("x")))
        var node = Node(.null)
        node.tag = "!GetAtt"
        #expect(node.tag == "!GetAtt")
    }

    @Test func locationsClampInsteadOfWrapping() {
        #expect(Documents.SourceLocation(line: Int.max, column: 3).line == Int(UInt32.max))
        #expect(Documents.SourceLocation(line: 2, column: 9) < Documents.SourceLocation(line: 3, column: 1))
    }
}
