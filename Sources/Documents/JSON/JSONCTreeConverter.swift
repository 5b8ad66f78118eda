import CJSONC

/// Converts a json-c object tree into ``Node``s without recursion, refusing values json-c
/// altered (clamped integers, non-finite numbers) and containers past the depth limit.
struct JSONCTreeConverter {
    /// The text json-c read, for diagnosing a refused value.
    let bytes: [UInt8]
    let file: String
    let limits: DocumentLimits
    /// Set once the strict parser has accepted the whole text: every value is then exact.
    private var verifiedByStrictParser = false

    init(bytes: [UInt8], file: String, limits: DocumentLimits) {
        self.bytes = bytes
        self.file = file
        self.limits = limits
    }

    /// An open json-c array or object whose converted children are appended in place.
    private struct Frame {
        let object: OpaquePointer
        let isObject: Bool
        /// Array: the next index and the length.
        var nextIndex = 0
        var count = 0
        /// Object: the entry being converted.
        var entry: UnsafeMutablePointer<lh_entry>?
        var elements: [Node] = []
        var entries: [MappingEntry] = []
    }

    /// The node tree of `root` (nil is JSON `null`).
    mutating func convert(_ root: OpaquePointer?) throws(InputError) -> Node {
        var frames: [Frame] = []
        frames.reserveCapacity(32)
        var current = root
        converting: while true {
            var node: Node
            switch json_object_get_type(current) {
            case json_type_boolean:
                node = Node(.bool(json_object_get_boolean(current) != 0))
            case json_type_int:
                node = Node(.int(try integer(current)))
            case json_type_double:
                let value = json_object_get_double(current)
                if !value.isFinite { try refuse("json-c read a number that is not finite") }
                node = Node(.double(value))
            case json_type_string:
                let length = Int(json_object_get_string_len(current))
                let text = UnsafeRawPointer(json_object_get_string(current)!).assumingMemoryBound(to: UInt8.self)
                node = Node(.string(String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self)))
            case json_type_array:
                if frames.count >= limits.maximumDepth { try refuse("json-c read nesting past the depth limit") }
                let array = current!
                let count = json_object_array_length(array)
                guard count > 0 else {
                    node = Node(.sequence([]))
                    break
                }
                var frame = Frame(object: array, isObject: false)
                frame.count = count
                frame.elements.reserveCapacity(count)
                frames.append(frame)
                current = json_object_array_get_idx(array, 0)
                continue converting
            case json_type_object:
                if frames.count >= limits.maximumDepth { try refuse("json-c read nesting past the depth limit") }
                let object = current!
                let table = json_object_get_object(object)!
                guard let head = lh_table_head(table) else {
                    node = Node(.mapping([]))
                    break
                }
                var frame = Frame(object: object, isObject: true)
                frame.entry = head
                frame.entries.reserveCapacity(Int(table.pointee.count))
                frames.append(frame)
                current = OpaquePointer(lh_entry_v(head))
                continue converting
            default:
                node = Node(.null)
            }
            // The value is converted: attach it, closing the containers it completes.
            while let top = frames.indices.last {
                if frames[top].isObject {
                    let entry = frames[top].entry!
                    let key = String(cString: UnsafeRawPointer(lh_entry_k(entry)!).assumingMemoryBound(to: CChar.self))
                    frames[top].entries.append(MappingEntry(key: Node(.string(key)), value: node))
                    if let next = lh_entry_next(entry) {
                        frames[top].entry = next
                        current = OpaquePointer(lh_entry_v(next))
                        continue converting
                    }
                    node = Node(.mapping(frames.removeLast().entries))
                } else {
                    frames[top].elements.append(node)
                    frames[top].nextIndex += 1
                    if frames[top].nextIndex < frames[top].count {
                        current = json_object_array_get_idx(frames[top].object, frames[top].nextIndex)
                        continue converting
                    }
                    node = Node(.sequence(frames.removeLast().elements))
                }
            }
            return node
        }
    }

    /// The value of a json-c integer, refusing one that json-c clamped or stored as unsigned.
    private mutating func integer(_ object: OpaquePointer?) throws(InputError) -> Int {
        let signed = json_object_get_int64(object)
        if json_object_get_uint64(object) > UInt64(Int64.max) {
            try refuse("json-c read an integer beyond 64 bits")
        } else if signed == Int64.min || signed == Int64.max, !verifiedByStrictParser {
            // The literal may be exact (`-9223372036854775808`) or clamped to it: read strictly.
            try refuse("json-c read an integer beyond 64 bits", unlessExact: true)
        }
        return Int(signed)
    }

    /// Reports the exact error for a value json-c altered, found by reading the text strictly.
    /// With `unlessExact`, a text the strict parser accepts means the value was exact after all
    /// and conversion goes on; otherwise json-c's `reason` is the error.
    private mutating func refuse(_ reason: String, unlessExact: Bool = false) throws(InputError) {
        if !verifiedByStrictParser {
            _ = try JSONParser.parse(bytes, file: file, limits: limits)
            verifiedByStrictParser = true
        }
        guard unlessExact else {
            throw InputError(code: "input.json.syntax", message: reason, location: FileLocation(file: file))
        }
    }
}
