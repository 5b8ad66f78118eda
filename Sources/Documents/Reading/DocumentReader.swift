import Foundation

/// Reads input files into ``Document`` trees, choosing the reader by the file's syntax.
///
/// JSON goes through ``JSONParser`` (exact positions, duplicate keys kept, strict errors) at
/// every size: measured on 50 MB AWS exports it is two to three times faster than json-c with
/// the tree built (``JSONCReader``) and needs a third of the memory (`docs/performance.md`).
/// ``JSONCReader`` stays available, with lazy positions, behind ``jsonPositionThreshold``.
/// YAML goes through libyaml's event API. CSV is RFC 4180.
public enum DocumentReader {
    /// JSON files up to this size are parsed by ``JSONParser``, larger ones by ``JSONCReader``.
    /// Unbounded, because ``JSONParser`` was measured faster at every size; lower it only if a
    /// future measurement says otherwise.
    public static let jsonPositionThreshold = Int.max

    /// The syntax a file name implies (`.json`, `.yaml`/`.yml`, `.csv`), if any.
    public static func syntax(forFileName name: String) -> DocumentSyntax? {
        let lower = name.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
        if lower.hasSuffix(".csv") { return .csv }
        return nil
    }

    /// The syntax the content implies when the name says nothing: JSON when the first
    /// non-blank byte opens an object or array; otherwise nil.
    public static func sniffSyntax(_ bytes: [UInt8]) -> DocumentSyntax? {
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        return bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "[") ? .json : nil
    }

    /// Parses bytes as the given syntax.
    public static func parse(_ bytes: [UInt8], file: String, syntax: DocumentSyntax, limits: DocumentLimits = .default) throws(InputError) -> Document {
        guard bytes.count <= limits.maximumFileSize else {
            throw DocumentLimitError.size(bytes.count, limit: limits.maximumFileSize, file: file)
        }
        switch syntax {
        case .json:
            if bytes.count <= jsonPositionThreshold {
                return try JSONParser.parse(bytes, file: file, limits: limits)
            }
            return try JSONCReader.parse(bytes, file: file, limits: limits)
        case .yaml:
            return try YAMLReader.parse(bytes, file: file, limits: limits)
        case .csv:
            return try CSVReader.parse(bytes, file: file, limits: limits)
        }
    }
}
