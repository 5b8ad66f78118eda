import Foundation
import Testing
@testable import Reports

/// The writer escapes quotes, backslashes, every control character, the JavaScript line
/// terminators and the bidirectional overrides, and keeps every other character as it is.
@Test func jsonStringEscaping() {
    let value: JSONValue = .string("a\"b\\c/\u{0}\u{1}\u{1B}[2J\n\r\t\u{7F}\u{85}\u{2028}\u{2029}\u{202E}é✓😀")
    #expect(JSONWriter().string(from: value) == #""a\"b\\c/\u0000\u0001\u001b[2J\u000a\u000d\u0009\u007f\u0085\u2028\u2029\u202eé✓😀""#)
}

/// Pretty output indents by two spaces and keeps members in the order given; compact output has
/// no whitespace; empty containers stay on one line.
@Test func jsonLayouts() {
    let value: JSONValue = ["b": 1, "a": [true, nil, "x"], "empty": [], "none": .object([])]
    #expect(JSONWriter(style: .compact).string(from: value) == #"{"b":1,"a":[true,null,"x"],"empty":[],"none":{}}"#)
    #expect(JSONWriter().string(from: value) == """
        {
          "b": 1,
          "a": [
            true,
            null,
            "x"
          ],
          "empty": [],
          "none": {}
        }
        """)
}

/// Integers are exact at both ends of their range; doubles are written in a form that reads back
/// to the same bits (checked with Swift's own parser: Foundation's reads long decimals through
/// `NSDecimalNumber` and loses the last bit) and that Foundation accepts; values JSON cannot hold
/// are `null`.
@Test func jsonNumbers() throws {
    let doubles: [Double] = [0.1, 1e-7, 1e21, -0.0, 123_456_789.123_456_78, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 3]
    for number in doubles {
        let text = JSONWriter().string(from: .double(number))
        #expect(Double(text)?.bitPattern == number.bitPattern, "\(text)")
    }
    let value: JSONValue = .array([.int(.max), .int(.min), .int(0)] + doubles.map(JSONValue.double))
    let text = JSONWriter(style: .compact).string(from: value)
    #expect(text == "[9223372036854775807,-9223372036854775808,0,0.1,1e-07,1e+21,-0.0,123456789.12345678,5e-324,1.7976931348623157e+308,3.0]")
    let parsed = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [NSNumber])
    #expect(parsed[0].int64Value == .max && parsed[1].int64Value == .min)
    #expect(JSONWriter().string(from: [.double(.nan), .double(.infinity)]) == "[\n  null,\n  null\n]")
}

/// Whatever the strings hold, the output parses with Foundation and gives the strings back.
@Test func jsonRoundTripsThroughFoundation() throws {
    var hostile = ""
    for value in 0..<0x250 { hostile.unicodeScalars.append(Unicode.Scalar(value)!) }
    hostile += "\u{2028}\u{2029}\u{202E}😀"
    let value: JSONValue = ["key \"\u{1}\n": .string(hostile), "list": [.string(hostile), 1.5, false]]
    for style in [JSONWriter.Style.pretty, .compact] {
        let text = JSONWriter(style: style).string(from: value)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(parsed["key \"\u{1}\n"] as? String == hostile)
        let list = try #require(parsed["list"] as? [Any])
        #expect(list[0] as? String == hostile)
    }
}
