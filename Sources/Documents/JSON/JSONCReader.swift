import CJSONC

/// Large machine-written JSON through json-c's `json_tokener`: the fast reader for exports.
///
/// What json-c does, and what this reader does about it:
/// - **Duplicate keys**: json-c keeps only the *last* value of a repeated key, silently, at the
///   place of the first. The tree therefore never shows duplicates; use ``JSONParser`` (the reader
///   for hand-written files) where a duplicate must be reported.
/// - **Positions**: json-c gives none, so nodes have no location; ``Document/location(of:node:documentIndex:)``
///   recovers line and column lazily through ``JSONPositionLocator`` (which, like json-c, names
///   the last of duplicate keys).
/// - **Integers**: json-c clamps integers beyond 64 bits to `INT64_MIN`/`INT64_MAX`, and stores
///   those between `Int.max` and `UInt64.max` as unsigned. Every such value (and `INT64_MIN`,
///   which may be exact) is checked, and a value that does not fit `Int` is the error
///   `input.json.integer-range`, never a clamped number.
/// - **Strictness**: json-c runs with `JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8`, which
///   still lets through `NaN`/`Infinity` (caught here: non-finite numbers are refused), a minus
///   sign before a leading zero (`-01`), `1.` without fraction digits, raw tabs and line breaks
///   in strings, lone `\u` surrogates, and overlong or surrogate UTF-8 forms (the last two
///   become U+FFFD). Those lax spots are accepted from machine-written exports; ``JSONParser``
///   refuses them (the vectors in `Tests/Fixtures/Documents/json-vectors` named `l_` list them).
/// - **Errors**: when json-c refuses the text (or a value above is refused), the text is read
///   once more with ``JSONParser`` to report the exact position and an
///   `expected … found …` message, so both readers word their errors alike.
/// - **Depth**: the tokener's depth limit is ``DocumentLimits/maximumDepth`` plus one (json-c
///   counts scalar values as a level); an empty container just past the limit is caught while
///   converting.
/// - **Keys** are C strings in json-c: a key containing `\u0000` is cut at that character.
public enum JSONCReader {
    /// Parses one JSON text into a document with a single root and lazy positions.
    public static func parse(_ bytes: [UInt8], file: String, limits: DocumentLimits) throws(InputError) -> Document {
        let object = try tokenize(bytes, file: file, limits: limits)
        defer { json_object_put(object) }
        var converter = JSONCTreeConverter(bytes: bytes, file: file, limits: limits)
        let root = try converter.convert(object)
        return Document(file: file, syntax: .json, roots: [root], positionLocator: JSONPositionLocator(bytes: bytes))
    }

    /// Runs json-c over the whole text; the caller owns (and must put) the returned object, which
    /// is nil for the JSON text `null`.
    static func tokenize(_ bytes: [UInt8], file: String, limits: DocumentLimits) throws(InputError) -> OpaquePointer? {
        // json-c allocates its stack up front; nesting can never exceed half the text.
        let depth = min(limits.maximumDepth, bytes.count / 2 + 1, Int(Int32.max) - 1) + 1
        guard let tokener = json_tokener_new_ex(Int32(depth)) else {
            throw failure("json-c could not allocate a tokener", bytes: bytes, file: file, limits: limits)
        }
        defer { json_tokener_free(tokener) }
        json_tokener_set_flags(tokener, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8)
        let result: (object: OpaquePointer?, end: Int, error: json_tokener_error) = bytes.withUnsafeBufferPointer { buffer in
            var offset = TextPosition.contentStart(buffer)
            var object: OpaquePointer?
            var error = json_tokener_continue
            while error == json_tokener_continue, offset < buffer.count {
                let length = min(buffer.count - offset, Int(Int32.max) - 1)
                let chunk = UnsafeRawPointer(buffer.baseAddress! + offset).assumingMemoryBound(to: CChar.self)
                object = json_tokener_parse_ex(tokener, chunk, Int32(length))
                error = json_tokener_get_error(tokener)
                offset += error == json_tokener_continue ? length : json_tokener_get_parse_end(tokener)
            }
            if error == json_tokener_continue {
                // A number at the end of the text (`12`) waits for a delimiter: give it one.
                object = json_tokener_parse_ex(tokener, " ", 1)
                error = json_tokener_get_error(tokener)
            }
            return (object, offset, error)
        }
        guard result.error == json_tokener_success else {
            json_object_put(result.object)
            let reason = String(cString: json_tokener_error_desc(result.error))
            throw failure("json-c refused the text: \(reason)", bytes: bytes, file: file, limits: limits, offset: result.end)
        }
        let trailing = bytes[min(result.end, bytes.count)...]
        if trailing.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
            json_object_put(result.object)
            throw failure("json-c stopped before the end of the text", bytes: bytes, file: file, limits: limits, offset: result.end)
        }
        return result.object
    }

    /// The error for text json-c refused (or for a value json-c would have altered): the strict
    /// parser's error when it finds one, else json-c's `fallback` reason at `offset`.
    static func failure(_ fallback: String, bytes: [UInt8], file: String, limits: DocumentLimits, offset: Int? = nil) -> InputError {
        do {
            _ = try JSONParser.parse(bytes, file: file, limits: limits)
        } catch {
            return error
        }
        return InputError(
            code: "input.json.syntax",
            message: fallback,
            location: FileLocation(file: file, position: offset.map { TextPosition.location(ofByte: $0, in: bytes) }))
    }
}
