import Testing
@testable import Documents

/// The exact text of JSON errors: position, code, and what was expected and found. Both readers
/// must print the same (json-c's refusals are diagnosed by the strict parser).
struct JSONErrorMessageTests {
    static let golden: [(String, String)] = [
        ("{\"a\": 1]", "t.json:1:8: error: [input.json.syntax] expected `,` or `}` after an object member, found `]`"),
        ("[1, 2}", "t.json:1:6: error: [input.json.syntax] expected `,` or `]` after an array element, found `}`"),
        ("{\"a\": 1,}", "t.json:1:9: error: [input.json.syntax] expected a string key after `,`, found `}`"),
        ("[1,]", "t.json:1:4: error: [input.json.syntax] expected a value after `,`, found `]`"),
        ("{\n  \"Effect\" \"Allow\"\n}", "t.json:2:12: error: [input.json.syntax] expected `:` after the key `Effect`, found `\"`"),
        ("{\"Effect\": Allow}", "t.json:1:12: error: [input.json.syntax] expected a value for key `Effect`, found `Allow`"),
        ("[NaN]", "t.json:1:2: error: [input.json.syntax] expected a value or `]`, found `NaN`"),
        ("", "t.json:1:1: error: [input.json.syntax] expected a value, found end of file"),
        ("{\"a\": [1, 2]", "t.json:1:13: error: [input.json.syntax] expected `,` or `}` after an object member, found end of file"),
        ("[\"é\", \"a\tb\"]", "t.json:1:9: error: [input.json.syntax] control character U+0009 must be escaped in a string"),
        ("[\"abc\n\"]", "t.json:1:6: error: [input.json.syntax] expected `\"` to close the string that starts at 1:2, found a line break"),
        ("[\"\\ud800x\"]", "t.json:1:3: error: [input.json.syntax] lone surrogate `\\ud800`: a high surrogate must be followed by a `\\u` low surrogate"),
        ("[\"\\q\"]", "t.json:1:3: error: [input.json.syntax] invalid escape `\\q`: expected one of `\\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` or `\\u` with four hex digits"),
        ("[01]", "t.json:1:2: error: [input.json.syntax] invalid number `01`: leading zeros are not allowed"),
        ("{} {}", "t.json:1:4: error: [input.json.syntax] expected the end of the text after the top-level value, found `{`"),
        ("{\"id\": 12345678901234567890}", "t.json:1:8: error: [input.json.integer-range] integer `12345678901234567890` does not fit in 64 bits"),
        ("[1e999]", "t.json:1:2: error: [input.json.number-range] number `1e999` is too large for a 64-bit floating-point value"),
    ]

    @Test(arguments: golden)
    func strictParserMessage(text: String, expected: String) {
        #expect(Read.error { () throws(InputError) in try Read.json(text) }?.description == expected)
    }

    @Test(arguments: golden.filter { !$0.0.contains("\t") && !$0.0.contains("\\ud800") && !$0.0.contains("\n\"]") })
    func jsonCReaderMessageIsTheSame(text: String, expected: String) {
        #expect(Read.error { () throws(InputError) in try Read.jsonc(text) }?.description == expected)
    }

    @Test func invalidUTF8IsAnEncodingErrorAtItsByte() {
        let error = Read.error { () throws(InputError) in
            try JSONParser.parse(Array("{\"é\":\n \"ab".utf8) + [0xFE] + Array("\"}".utf8), file: "t.json", limits: .default)
        }
        #expect(error?.description == "t.json:2:5: error: [input.json.encoding] invalid utf-8 byte 0xfe: json text must be utf-8")
    }
}
