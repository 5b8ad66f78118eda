import Testing
@testable import Documents

/// Duplicate keys are kept in the trees that can keep them and always reported by the cursor.
struct DuplicateKeyTests {
    static let policy = """
        {"Statement": [{"Effect": "Allow",
          "Action": "*", "Effect": "Deny"}]}
        """

    @Test func strictJSONKeepsBothAndCursorReportsTheSecond() throws {
        let document = try Read.json(Self.policy)
        let statement = try document.root().requiredField("Statement").elements()[0]
        guard case .mapping(let entries) = statement.node.value else { Issue.record("not a mapping"); return }
        #expect(entries.map(\.key.stringValue) == ["Effect", "Action", "Effect"])
        let error = Read.error { () throws(InputError) in
            _ = try statement.field("Effect")
            return document
        }
        #expect(error?.code == "input.duplicate-key")
        #expect(error?.location.position == Documents.SourceLocation(line: 2, column: 18))
        #expect(error?.description == "t.json:2:18: error: [input.duplicate-key] duplicate key `Effect`")
        let entriesError = Read.error { () throws(InputError) in
            _ = try statement.entries()
            return document
        }
        #expect(entriesError?.message == "duplicate key `Effect` (first at line 1)")
        #expect(try statement.field("Action")?.string() == "*")
    }

    @Test func jsonCKeepsOnlyTheLastValueAtTheFirstPlace() throws {
        let document = try Read.jsonc(Self.policy)
        let statement = try document.root().requiredField("Statement").elements()[0]
        let entries = try statement.entries()
        #expect(entries.map(\.key) == ["Effect", "Action"])
        #expect(try statement.requiredField("Effect").string() == "Deny")
        #expect(try statement.requiredField("Effect").location.position == Documents.SourceLocation(line: 2, column: 28))
    }

    @Test func yamlKeepsBothAndCursorReportsThem() throws {
        let document = try Read.yaml("Effect: Allow\nAction: '*'\nEffect: Deny\n")
        let error = Read.error { () throws(InputError) in
            _ = try document.root().field("Effect")
            return document
        }
        #expect(error?.code == "input.duplicate-key")
        #expect(error?.location.position == Documents.SourceLocation(line: 3, column: 1))
    }
}
