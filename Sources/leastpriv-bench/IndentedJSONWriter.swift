/// Writes JSON text indented by four spaces, as the AWS CLI prints it.
struct IndentedJSONWriter {
    private(set) var text = ""
    /// Per open container: whether it has a member yet.
    private var hasMembers: [Bool] = []
    /// Whether the next value follows a key on the same line.
    private var afterKey = false

    init(capacity: Int) {
        text.reserveCapacity(capacity)
    }

    private mutating func beginValue() {
        if afterKey {
            afterKey = false
            return
        }
        if let last = hasMembers.indices.last {
            text += hasMembers[last] ? ",\n" : "\n"
            hasMembers[last] = true
            text += String(repeating: " ", count: 4 * hasMembers.count)
        }
    }

    mutating func key(_ name: String) {
        beginValue()
        text += "\"\(name)\": "
        afterKey = true
    }

    mutating func string(_ value: String) {
        beginValue()
        text += "\"\(value)\""
    }

    mutating func number(_ value: Int) {
        beginValue()
        text += String(value)
    }

    mutating func bool(_ value: Bool) {
        beginValue()
        text += value ? "true" : "false"
    }

    mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    mutating func object(_ body: (inout IndentedJSONWriter) -> Void) {
        open("{")
        body(&self)
        close("}")
    }

    mutating func array(_ body: (inout IndentedJSONWriter) -> Void) {
        open("[")
        body(&self)
        close("]")
    }

    private mutating func open(_ bracket: String) {
        beginValue()
        text += bracket
        hasMembers.append(false)
    }

    private mutating func close(_ bracket: String) {
        if hasMembers.removeLast() {
            text += "\n" + String(repeating: " ", count: 4 * hasMembers.count)
        }
        text += bracket
    }
}
