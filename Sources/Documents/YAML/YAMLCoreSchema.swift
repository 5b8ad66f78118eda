/// The YAML 1.2 core schema (YAML 1.2.2 §10.3): how a plain scalar's text resolves to null,
/// a boolean, an integer or a float, and how the core tags `!!null`, `!!bool`, `!!int`,
/// `!!float` read a scalar.
///
/// Only the 1.2 forms count: `yes`, `no`, `on`, `off`, `y`, `n` are strings (so GitHub's `on:`
/// is the key "on"), as are `0755`-style octals and sexagesimal numbers of YAML 1.1.
enum YAMLCoreSchema {
    /// What a plain scalar's text resolves to.
    enum Resolution: Equatable {
        /// A null, boolean, integer or float value.
        case value(Value)
        /// Not any of those: a string.
        case string
        /// An integer form whose value does not fit in 64 bits, or a float too large.
        case outOfRange
    }

    /// Resolves a plain (untagged, unquoted) scalar.
    static func resolvePlain(_ text: UnsafeBufferPointer<UInt8>) -> Resolution {
        guard let first = text.first else { return .value(.null) }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return null(text).map { .value($0) } ?? .string
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return bool(text).map { .value($0) } ?? .string
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return number(text)
        default:
            return .string
        }
    }

    /// `~`, `null`, `Null`, `NULL`, or empty text.
    static func null(_ text: UnsafeBufferPointer<UInt8>) -> Value? {
        text.isEmpty || matches(text, "~", "~", "~") || matches(text, "null", "Null", "NULL") ? .null : nil
    }

    /// `true|True|TRUE|false|False|FALSE`.
    static func bool(_ text: UnsafeBufferPointer<UInt8>) -> Value? {
        if matches(text, "true", "True", "TRUE") { return .bool(true) }
        if matches(text, "false", "False", "FALSE") { return .bool(false) }
        return nil
    }

    /// An integer (`[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`) or a float
    /// (`[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)`,
    /// `\.(nan|NaN|NAN)`); anything else is a string.
    static func number(_ text: UnsafeBufferPointer<UInt8>) -> Resolution {
        if let integer = integer(text) {
            return integer.map { .value(.int($0)) } ?? .outOfRange
        }
        return float(text)
    }

    /// The integer forms: nil when the text is not one, `.some(nil)` when it is one but does not
    /// fit in 64 bits.
    static func integer(_ text: UnsafeBufferPointer<UInt8>) -> Int?? {
        if text.count > 2, text[0] == UInt8(ascii: "0"), text[1] == UInt8(ascii: "o") || text[1] == UInt8(ascii: "x") {
            let radix = text[1] == UInt8(ascii: "o") ? 8 : 16
            return digits(text, from: 2, radix: radix, negative: false)
        }
        var start = 0
        var negative = false
        if let sign = text.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            start = 1
        }
        guard start < text.count else { return nil }
        return digits(text, from: start, radix: 10, negative: negative)
    }

    /// The value of `text[from...]` as digits of `radix`; nil when a character is not a digit.
    private static func digits(_ text: UnsafeBufferPointer<UInt8>, from start: Int, radix: Int, negative: Bool) -> Int?? {
        var value = 0
        var overflow = false
        for index in start..<text.count {
            guard let digit = digitValue(text[index]), digit < radix else { return nil }
            let (shifted, overflowed) = value.multipliedReportingOverflow(by: radix)
            let (next, overflowedAgain) = negative
                ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            value = next
            overflow = overflow || overflowed || overflowedAgain
        }
        return overflow ? .some(nil) : .some(value)
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }

    /// The float forms.
    static func float(_ text: UnsafeBufferPointer<UInt8>) -> Resolution {
        if matches(text, ".nan", ".NaN", ".NAN") { return .value(.double(.nan)) }
        var index = 0
        var negative = false
        if let sign = text.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            index = 1
        }
        let unsigned = UnsafeBufferPointer(rebasing: text[index...])
        if matches(unsigned, ".inf", ".Inf", ".INF") {
            return .value(.double(negative ? -.infinity : .infinity))
        }
        func isDigit(_ position: Int) -> Bool {
            position < text.count && text[position] &- UInt8(ascii: "0") < 10
        }
        var mantissaDigits = 0
        while isDigit(index) { index += 1; mantissaDigits += 1 }
        if index < text.count, text[index] == UInt8(ascii: ".") {
            index += 1
            var fractionDigits = 0
            while isDigit(index) { index += 1; fractionDigits += 1 }
            // `.` needs digits after it when there are none before it (`.5`, `1.`, not `.`).
            if mantissaDigits == 0, fractionDigits == 0 { return .string }
        } else if mantissaDigits == 0 {
            return .string
        }
        if index < text.count, text[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < text.count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") { index += 1 }
            guard isDigit(index) else { return .string }
            while isDigit(index) { index += 1 }
        }
        guard index == text.count else { return .string }
        // The text is now a decimal float; Swift's parser reads every form of it exactly.
        guard let value = Double(String(decoding: text, as: UTF8.self)) else { return .string }
        return value.isFinite ? .value(.double(value)) : .outOfRange
    }

    /// Whether `text` is one of the three candidates (all of one length; no allocation, as this
    /// runs for every plain scalar).
    @inline(__always)
    private static func matches(_ text: UnsafeBufferPointer<UInt8>, _ first: StaticString, _ second: StaticString, _ third: StaticString) -> Bool {
        guard text.count == first.utf8CodeUnitCount else { return false }
        return equal(text, first) || equal(text, second) || equal(text, third)
    }

    @inline(__always)
    private static func equal(_ text: UnsafeBufferPointer<UInt8>, _ candidate: StaticString) -> Bool {
        UnsafeBufferPointer(start: candidate.utf8Start, count: candidate.utf8CodeUnitCount).elementsEqual(text)
    }
}
