/// Bounds on what a reader accepts, so that no input can exhaust memory or time.
///
/// The defaults take a 1 GB export; each is overridable from the configuration file.
public struct DocumentLimits: Sendable, Hashable {
    /// Largest file read, in bytes.
    public var maximumFileSize: Int
    /// Deepest nesting of sequences and mappings (`input.limit.depth` past it).
    ///
    /// The readers never recurse, but Swift destroys and compares a ``Node`` tree recursively,
    /// so keep this in the thousands at most (20,000 levels are tested on a thread's stack).
    public var maximumDepth: Int
    /// Most nodes that YAML aliases may expand to in one file (billion-laughs protection).
    public var maximumAliasExpansion: Int
    /// Most documents in one YAML stream.
    public var maximumDocuments: Int

    /// Makes limits; the defaults are generous enough for real exports.
    public init(
        maximumFileSize: Int = 2 << 30,
        maximumDepth: Int = 256,
        maximumAliasExpansion: Int = 100_000,
        maximumDocuments: Int = 100_000
    ) {
        self.maximumFileSize = maximumFileSize
        self.maximumDepth = maximumDepth
        self.maximumAliasExpansion = maximumAliasExpansion
        self.maximumDocuments = maximumDocuments
    }

    /// The default limits.
    public static let `default` = DocumentLimits()
}
