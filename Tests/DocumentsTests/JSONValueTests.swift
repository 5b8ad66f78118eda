import Testing
@testable import Documents

/// Which value each JSON number and literal becomes, the same in both readers.
struct JSONValueTests {
    static let cases: [(String, Value)] = [
        ("0", .int(0)),
        ("-0", .int(0)),
        ("42", .int(42)),
        ("-7", .int(-7)),
        ("9223372036854775807", .int(Int.max)),
        ("-9223372036854775808", .int(Int.min)),
        ("1.0", .double(1)),
        ("1e2", .double(100)),
        ("-2.5E-3", .double(-0.0025)),
        ("0.1", .double(0.1)),
        ("123456789012345678", .int(123_456_789_012_345_678)),
        ("true", .bool(true)),
        ("false", .bool(false)),
        ("null", .null),
        ("\"\\u00e9\\ud83d\\ude00\\n\"", .string("é😀\n")),
        ("\"a\\u0000b\"", .string("a\u{0}b")),
    ]

    @Test(arguments: cases)
    func valueIsExact(text: String, expected: Value) throws {
        #expect(try Read.json("[\(text)]").roots[0].value == .sequence([Node(expected, at: Documents.SourceLocation(line: 1, column: 2))]))
        #expect(try Read.jsonc("[\(text)]").roots[0].value == .sequence([Node(expected)]))
        #expect(try Read.json(text).roots[0].value == expected)
        #expect(try Read.jsonc(text).roots[0].value == expected)
    }
}
