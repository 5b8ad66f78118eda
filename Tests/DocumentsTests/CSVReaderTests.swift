import Testing
@testable import Documents

/// RFC 4180 fields, header checks and row shapes.
struct CSVReaderTests {
    /// The rows as arrays of (key, value) strings.
    static func rows(_ document: Document) throws -> [[String]] {
        try document.root().elements().map { row in
            try row.entries().map { "\($0.key)=\(try $0.value.string())" }
        }
    }

    @Test func rowsAreMappingsKeyedByTheHeader() throws {
        let document = try Read.csv("user,mfa_active\nalice,true\nbob,false")
        #expect(try Self.rows(document) == [["user=alice", "mfa_active=true"], ["user=bob", "mfa_active=false"]])
        #expect(document.syntax == .csv)
        #expect(try document.root().elements()[1].location.position == Documents.SourceLocation(line: 3, column: 1))
    }

    @Test(arguments: [
        ("a,b\r\n1,2\r\n", [["a=1", "b=2"]]),
        ("a,b\n1,2\n", [["a=1", "b=2"]]),
        ("\u{FEFF}a,b\n1,2", [["a=1", "b=2"]]),
        ("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n", [["a=x, y", "b=say \"hi\""]]),
        ("a,b\n\"line 1\r\nline 2\",\"\"\n", [["a=line 1\r\nline 2", "b="]]),
        ("a,b\n,\n", [["a=", "b="]]),
        ("a\n\n", [["a="]]),
        ("a,b\n", []),
        ("a,b\n1,é😀\n", [["a=1", "b=é😀"]]),
    ])
    func fieldsFollowRFC4180(text: String, expected: [[String]]) throws {
        #expect(try Self.rows(Read.csv(text)) == expected)
    }

    @Test func positionsCountLinesInsideQuotedFields() throws {
        let document = try Read.csv("a,b\n\"x\ny\",z\nlast,row\n")
        let rows = try document.root().elements()
        #expect(try rows[0].requiredField("b").location.position == Documents.SourceLocation(line: 3, column: 4))
        #expect(try rows[1].requiredField("a").location.position == Documents.SourceLocation(line: 4, column: 1))
    }

    @Test(arguments: [
        ("a,b,c\n1,2\n", "t.csv:2:1: error: [input.csv.field-count] expected 3 fields as in the header, found 2"),
        ("a,b\n1,2\n3,4,5\n", "t.csv:3:1: error: [input.csv.field-count] expected 2 fields as in the header, found 3"),
        ("a,a\n1,2\n", "t.csv:1:3: error: [input.csv.header] duplicate header name `a` (first at column 1)"),
        ("a,,c\n", "t.csv:1:3: error: [input.csv.header] header column 2 has no name"),
        ("", "t.csv:1:1: error: [input.csv.header] expected a header row, found an empty file"),
        ("a\n\"open\n", "t.csv:2:1: error: [input.csv.syntax] expected `\"` to close the field that starts here, found end of file"),
        ("a\n\"x\"y\n", "t.csv:2:4: error: [input.csv.syntax] expected `,` or a line break after the closing `\"`, found `y`"),
        ("a\nx\"y\n", "t.csv:2:2: error: [input.csv.syntax] unexpected `\"` in an unquoted field; quote the whole field and write `\"\"` for a quote"),
        ("a\nx\ry\n", "t.csv:2:2: error: [input.csv.syntax] expected a line feed after the carriage return"),
    ])
    func malformedInputIsRefusedAtItsLine(text: String, expected: String) {
        #expect(Read.error { () throws(InputError) in try Read.csv(text) }?.description == expected)
    }

    @Test func invalidUTF8IsAnEncodingError() {
        let error = Read.error { () throws(InputError) in
            try CSVReader.parse(Array("a\nok\nb".utf8) + [0xC3], file: "t.csv", limits: .default)
        }
        #expect(error?.code == "input.csv.encoding")
        #expect(error?.location.position == Documents.SourceLocation(line: 3, column: 2))
    }
}
