import AccessGraph
import Documents

/// An `Action` entry (`s3:Get*`, `*`), matched case-insensitively, compiled once. A reference,
/// so that walking statements does not copy the compiled pattern.
public final class ActionPattern: Sendable, Hashable {
    /// As written.
    public let written: String
    /// The compiled case-insensitive glob.
    public let glob: Glob
    /// Where it is.
    public let location: FileLocation

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

    public static func == (lhs: ActionPattern, rhs: ActionPattern) -> Bool {
        lhs === rhs || (lhs.written == rhs.written && lhs.location == rhs.location)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(written)
        hasher.combine(location)
    }

    /// The service prefix (`s3`), or nil for `*`.
    public var service: String? {
        guard let colon = written.firstIndex(of: ":") else { return nil }
        return written[..<colon].lowercased()
    }
}
