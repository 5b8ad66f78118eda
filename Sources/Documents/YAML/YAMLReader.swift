import CYAML

/// YAML streams through libyaml's event API (`yaml_parser_parse`), one root per document.
///
/// - Every node carries the start mark of its event (libyaml's 0-based marks plus one).
/// - Plain scalars resolve by the YAML 1.2 core schema (``YAMLCoreSchema``): `on`, `yes`, `no`
///   are strings. Quoted and block scalars are strings.
/// - The core tags `!!str`, `!!int`, `!!bool`, `!!float`, `!!null`, `!!seq`, `!!map` are
///   honoured (a value that does not fit its tag is `input.yaml.tag`); any other explicit tag
///   (CloudFormation's `!Ref`, `!GetAtt`, `!Sub`) is kept in ``Node/tag`` and the value is read
///   as if untagged.
/// - An alias copies the anchored node, positions included (they point at the anchored text).
///   The nodes that alias expansions add are counted and
///   refused past ``DocumentLimits/maximumAliasExpansion`` (`input.limit.alias-expansion`), so a
///   billion-laughs document fails in milliseconds; copies share storage until changed.
/// - Merge keys (`<<: *base`) are *not* expanded: YAML 1.2 has no merge keys, so `<<` stays an
///   ordinary key whose value is the aliased mapping, and importers see exactly what was
///   written.
/// - Nesting past ``DocumentLimits/maximumDepth`` is `input.limit.depth`, more documents than
///   ``DocumentLimits/maximumDocuments`` is `input.limit.documents`; syntax errors are
///   `input.yaml.syntax` with libyaml's problem text, encoding errors `input.yaml.encoding`.
public enum YAMLReader {
    /// Parses a YAML stream into a document with one root per YAML document (none for an
    /// empty stream).
    public static func parse(_ bytes: [UInt8], file: String, limits: DocumentLimits) throws(InputError) -> Document {
        let roots = try bytes.withUnsafeBufferPointer { (buffer) throws(InputError) -> [Node] in
            var builder = YAMLTreeBuilder(file: file, limits: limits)
            try YAMLEventStream.forEachEvent(in: buffer, file: file) { (event) throws(InputError) in
                try builder.handle(event)
            }
            return builder.roots
        }
        return Document(file: file, syntax: .yaml, roots: roots)
    }
}

/// Pulls libyaml's events one at a time, always deleting each event and the parser.
enum YAMLEventStream {
    /// Calls `body` with every event of the stream, up to and including the stream end.
    static func forEachEvent(
        in bytes: UnsafeBufferPointer<UInt8>, file: String,
        _ body: (yaml_event_t) throws(InputError) -> Void
    ) throws(InputError) {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw InputError(code: "input.yaml.syntax", message: "libyaml could not start a parser", location: FileLocation(file: file))
        }
        defer { yaml_parser_delete(parser) }
        // libyaml wants a non-null pointer even for empty text.
        let emptyText = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        defer { emptyText.deallocate() }
        yaml_parser_set_input_string(parser, bytes.baseAddress ?? UnsafePointer(emptyText), bytes.count)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                throw libyamlError(parser.pointee, bytes: bytes, file: file)
            }
            defer { yaml_event_delete(&event) }
            try body(event)
            if event.type == YAML_STREAM_END_EVENT { return }
        }
    }

    /// The error libyaml reported, at its problem mark.
    static func libyamlError(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, file: String) -> InputError {
        let problem = parser.problem.map { String(cString: $0).lowercased() } ?? "invalid yaml"
        switch parser.error {
        case YAML_READER_ERROR:
            let value = parser.problem_value == -1 ? "" : " (\(TextPosition.hexByte(UInt8(truncatingIfNeeded: parser.problem_value))))"
            return InputError(
                code: "input.yaml.encoding",
                message: "\(problem)\(value): yaml text must be utf-8 or utf-16",
                location: FileLocation(file: file, position: TextPosition.location(ofByte: parser.problem_offset, in: bytes)))
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            var message = problem
            if let context = parser.context {
                let mark = parser.context_mark
                message += " (\(String(cString: context).lowercased()) at \(mark.line + 1):\(mark.column + 1))"
            }
            return InputError(
                code: "input.yaml.syntax", message: message,
                location: FileLocation(file: file, position: YAMLTreeBuilder.location(parser.problem_mark)))
        default:
            return InputError(code: "input.yaml.syntax", message: problem, location: FileLocation(file: file))
        }
    }
}
