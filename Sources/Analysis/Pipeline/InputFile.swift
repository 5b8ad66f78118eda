import Documents

/// One input to read: a file on disk, or bytes already in hand (standard input, check examples).
public struct InputFile: Sendable, Hashable {
    /// Where the bytes come from.
    public enum Source: Sendable, Hashable {
        /// A file to read from this path.
        case path(String)
        /// Bytes already read.
        case bytes([UInt8])
    }

    /// The name reports use: the path as the user gave it, or `-` for standard input.
    public var name: String
    /// Where the bytes come from.
    public var source: Source

    /// Makes an input.
    public init(name: String, source: Source) {
        self.name = name
        self.source = source
    }

    /// The bytes: a file is read now, refused unread when over the size limit.
    func readBytes(limits: DocumentLimits) throws(InputError) -> [UInt8] {
        switch source {
        case .path(let path):
            return try DocumentReader.readBytes(path: path, limits: limits)
        case .bytes(let bytes):
            // Already in memory; `DocumentReader.parse` applies the size limit like any file's.
            return bytes
        }
    }
}
