/// Line and column arithmetic over UTF-8 text, shared by every reader so that all of them count
/// the same way: lines and columns from 1, columns in Unicode scalars, a line break is LF, CRLF
/// or a lone CR, and a leading byte-order mark takes no column.
enum TextPosition {
    /// The UTF-8 byte-order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The offset of the first byte after a leading byte-order mark (0 when there is none).
    static func contentStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The line and column of the byte at `offset` (which may be `bytes.count`, the end of the
    /// text). Linear in `offset`: meant for errors and lazy look-ups, not for every node.
    static func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        let end = min(offset, bytes.count)
        var line = 1
        var index = contentStart(bytes)
        var lineStart = index
        while index < end {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A {
                line += 1
                lineStart = index
            } else if byte == 0x0D {
                if index < bytes.count, bytes[index] == 0x0A {
                    if index == end { break }
                    index += 1
                }
                line += 1
                lineStart = index
            }
        }
        var column = 1
        var scan = lineStart
        while scan < end {
            if bytes[scan] & 0xC0 != 0x80 { column += 1 }
            scan += 1
        }
        return SourceLocation(line: line, column: column)
    }

    /// The line and column of the byte at `offset` in an array of bytes.
    static func location(ofByte offset: Int, in bytes: [UInt8]) -> SourceLocation {
        bytes.withUnsafeBufferPointer { location(ofByte: offset, in: $0) }
    }

    /// The length of the well-formed UTF-8 sequence starting at `offset`, or nil when the bytes
    /// there are not well-formed UTF-8 (overlong forms, surrogates and values past U+10FFFF
    /// included).
    static func utf8SequenceLength(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let lead = bytes[offset]
        if lead < 0x80 { return 1 }
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard offset + length <= bytes.count else { return nil }
        let second = bytes[offset + 1]
        guard second >= low, second <= high else { return nil }
        for index in (offset + 2)..<(offset + length) where bytes[index] & 0xC0 != 0x80 {
            return nil
        }
        return length
    }

    /// How a reader names the byte at `offset` in an error: `` `x` ``, `a line break`,
    /// `end of file`, or a whole word such as `` `NaN` `` when the byte starts one.
    static func describeByte(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard offset < bytes.count else { return "end of file" }
        let byte = bytes[offset]
        switch byte {
        case 0x0A, 0x0D:
            return "a line break"
        case 0x00..<0x20, 0x7F:
            return "control character \(scalarName(UInt32(byte)))"
        case 0x80...:
            guard let length = utf8SequenceLength(at: offset, in: bytes) else {
                return "invalid utf-8 byte \(hexByte(byte))"
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
            return "`\(text)`"
        default:
            guard isWordByte(byte) else { return "`\(Character(Unicode.Scalar(byte)))`" }
            var end = offset
            while end < bytes.count, end - offset < 24, isWordByte(bytes[end]) { end += 1 }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
            return "`\(word)`"
        }
    }

    /// Whether a byte belongs to a bare word or number (`NaN`, `True`, `1.5e3`, `-Infinity`).
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "+"),
             UInt8(ascii: "-"), UInt8(ascii: "."):
            true
        default:
            false
        }
    }

    /// `U+0009`.
    static func scalarName(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `0xff`.
    static func hexByte(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16)
        return "0x" + (hex.count == 1 ? "0" : "") + hex
    }
}
