/// RFC 4180 CSV with a header row, such as AWS credential reports.
///
/// The document has one root: a sequence with one mapping per data row, whose keys are the
/// header's names in header order and whose values are string nodes with their line and column.
/// Fields may be quoted (with `""` for a quote, and line breaks inside); records end with CRLF or
/// LF; the last line break is optional; a leading byte-order mark is skipped. An empty or
/// repeated header name and a row with a different number of fields than the header are errors.
public enum CSVReader {
    /// Parses CSV text into a document whose root is the sequence of rows.
    public static func parse(_ bytes: [UInt8], file: String, limits: DocumentLimits) throws(InputError) -> Document {
        let records = try bytes.withUnsafeBufferPointer { (buffer) throws(InputError) -> [[Node]] in
            var scanner = CSVScanner(bytes: buffer, file: file)
            return try scanner.records()
        }
        guard let header = records.first else {
            throw InputError(
                code: "input.csv.header", message: "expected a header row, found an empty file",
                location: FileLocation(file: file, position: SourceLocation(line: 1, column: 1)))
        }
        var seen: [String: SourceLocation] = [:]
        for (column, name) in header.enumerated() {
            let text = name.stringValue ?? ""
            if text.isEmpty {
                throw InputError(
                    code: "input.csv.header", message: "header column \(column + 1) has no name",
                    location: FileLocation(file: file, position: name.location))
            }
            if let first = seen[text] {
                throw InputError(
                    code: "input.csv.header", message: "duplicate header name `\(text)` (first at column \(first.column))",
                    location: FileLocation(file: file, position: name.location))
            }
            seen[text] = name.location
        }
        var rows: [Node] = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            let location = record.first?.location
            guard record.count == header.count else {
                throw InputError(
                    code: "input.csv.field-count",
                    message: "expected \(header.count) fields as in the header, found \(record.count)",
                    location: FileLocation(file: file, position: location))
            }
            let entries = zip(header, record).map { MappingEntry(key: $0, value: $1) }
            rows.append(Node(.mapping(entries), at: location))
        }
        let rootLocation = header.first?.location
        return Document(file: file, syntax: .csv, roots: [Node(.sequence(rows), at: rootLocation)])
    }
}

/// Splits CSV text into records of string nodes with positions.
private struct CSVScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var index: Int
    var line = 1
    var lineStart: Int
    var lineContinuationBytes = 0

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        self.index = TextPosition.contentStart(bytes)
        self.lineStart = index
    }

    var location: SourceLocation {
        SourceLocation(line: line, column: index - lineStart - lineContinuationBytes + 1)
    }

    mutating func records() throws(InputError) -> [[Node]] {
        var records: [[Node]] = []
        while index < bytes.count {
            var fields: [Node] = []
            while true {
                fields.append(try field())
                guard index < bytes.count else { break }
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                // `field()` stops only at a comma, a line break or the end.
                try lineBreak()
                break
            }
            records.append(fields)
        }
        return records
    }

    /// Reads one field, quoted or not, leaving `index` at the delimiter after it.
    private mutating func field() throws(InputError) -> Node {
        let start = location
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            return Node(.string(try quotedField()), at: start)
        }
        let first = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ",") || byte == 0x0A || byte == 0x0D { break }
            if byte == UInt8(ascii: "\"") {
                throw syntaxError("unexpected `\"` in an unquoted field; quote the whole field and write `\"\"` for a quote")
            }
            try advanceCharacter()
        }
        return Node(.string(String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<index]), as: UTF8.self)), at: start)
    }

    /// Reads a quoted field whose opening quote is at `index`.
    private mutating func quotedField() throws(InputError) -> String {
        let open = location
        index += 1
        var text: [UInt8] = []
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                    text.append(byte)
                    index += 1
                    runStart = index
                    continue
                }
                if index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != 0x0A, bytes[index] != 0x0D {
                    throw syntaxError("expected `,` or a line break after the closing `\"`, found \(TextPosition.describeByte(at: index, in: bytes))")
                }
                return String(decoding: text, as: UTF8.self)
            }
            if byte == 0x0A || byte == 0x0D {
                try lineBreak()
            } else {
                try advanceCharacter()
            }
        }
        throw InputError(
            code: "input.csv.syntax", message: "expected `\"` to close the field that starts here, found end of file",
            location: FileLocation(file: file, position: open))
    }

    /// Moves past one character, validating UTF-8 and counting its continuation bytes.
    private mutating func advanceCharacter() throws(InputError) {
        guard bytes[index] >= 0x80 else {
            index += 1
            return
        }
        guard let length = TextPosition.utf8SequenceLength(at: index, in: bytes) else {
            throw InputError(
                code: "input.csv.encoding",
                message: "invalid utf-8 byte \(TextPosition.hexByte(bytes[index])): csv text must be utf-8",
                location: FileLocation(file: file, position: location))
        }
        index += length
        lineContinuationBytes += length - 1
    }

    /// Moves past an LF or a CRLF at `index`.
    private mutating func lineBreak() throws(InputError) {
        if bytes[index] == 0x0D {
            guard index + 1 < bytes.count, bytes[index + 1] == 0x0A else {
                throw syntaxError("expected a line feed after the carriage return")
            }
            index += 1
        }
        index += 1
        line += 1
        lineStart = index
        lineContinuationBytes = 0
    }

    private func syntaxError(_ message: String) -> InputError {
        InputError(code: "input.csv.syntax", message: message, location: FileLocation(file: file, position: location))
    }
}
