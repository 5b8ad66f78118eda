/// Writes random but valid JSON text: nested containers, repeated keys, escapes, surrogate
/// pairs, multi-byte characters, integers at the 64-bit edges, doubles, and varied whitespace
/// with every kind of line break.
struct RandomJSONText {
    var random: SeededRandom
    private(set) var text = ""

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// A whole document whose root is an object or an array.
    static func document(seed: UInt64) -> String {
        var writer = RandomJSONText(seed: seed)
        writer.whitespace()
        writer.container(depth: 0)
        writer.whitespace()
        return writer.text
    }

    private mutating func chance(_ percent: Int) -> Bool {
        Int.random(in: 0..<100, using: &random) < percent
    }

    private mutating func whitespace() {
        let pieces = ["", "", " ", "\n", "\r\n", "\r", "\t", "  ", "\n    "]
        text += pieces.randomElement(using: &random)!
    }

    private mutating func container(depth: Int) {
        let count = Int.random(in: 0...5, using: &random)
        if chance(50) {
            text += "{"
            let keys = ["Effect", "Action", "a", "é", "a/b", "m~n", "", "😀", "\\\"q\\\"", "\\u00e9"]
            for index in 0..<count {
                if index > 0 { text += "," }
                whitespace()
                text += "\"" + keys.randomElement(using: &random)! + "\""
                whitespace()
                text += ":"
                whitespace()
                value(depth: depth + 1)
                whitespace()
            }
            text += "}"
        } else {
            text += "["
            for index in 0..<count {
                if index > 0 { text += "," }
                whitespace()
                value(depth: depth + 1)
                whitespace()
            }
            text += "]"
        }
    }

    private mutating func value(depth: Int) {
        if depth < 6, chance(30) {
            container(depth: depth)
            return
        }
        switch Int.random(in: 0..<8, using: &random) {
        case 0: text += ["true", "false", "null"].randomElement(using: &random)!
        case 1: text += String(Int.random(in: Int.min...Int.max, using: &random))
        case 2: text += ["9223372036854775807", "-9223372036854775808", "0", "-0", "7"].randomElement(using: &random)!
        case 3: text += ["1.5", "-0.25", "1e3", "2.5E-4", "6.02214076e23", "0.1", "-0.0"].randomElement(using: &random)!
        default: string()
        }
    }

    private mutating func string() {
        let pieces = ["s3:GetObject", "é", "中文", "😀", "\\n", "\\\"", "\\\\", "\\/", "\\u0041", "\\ud83d\\ude00", "\\u00e9", " ", "{", "]", ",", ":"]
        text += "\""
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            text += pieces.randomElement(using: &random)!
        }
        text += "\""
    }
}
