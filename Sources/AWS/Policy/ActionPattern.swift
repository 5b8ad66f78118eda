import AccessGraph
import Documents

/// An `Action` entry (`s3:Get*`, `*`), matched case-insensitively, compiled once.
public struct ActionPattern: Sendable, Hashable {
    /// As written.
    public var written: String
    /// The compiled case-insensitive glob.
    public var glob: Glob
    /// Where it is.
    public var location: FileLocation

    /// Compiles an action pattern.
    public init(_ written: String, at location: FileLocation) {
        self.written = written
        self.glob = Glob(written, caseSensitive: false)
        self.location = location
    }

    /// Whether it matches an action name.
    public func matches(_ action: String) -> Bool {
        glob.matches(action)
    }

    /// The service prefix (`s3`), or nil for `*`.
    public var service: String? {
        guard let colon = written.firstIndex(of: ":") else { return nil }
        return written[..<colon].lowercased()
    }
}
