import Documents

/// A `Resource` entry: `*` or an ARN whose segments may hold `*` and `?`, and (with version
/// 2012-10-17) policy variables. Case-sensitive.
public struct ResourcePattern: Sendable, Hashable {
    /// As written.
    public var written: String
    /// The compiled pattern when it holds no policy variable; nil when it needs substitution.
    public var compiled: ARNPattern?
    /// Where it is.
    public var location: FileLocation

    /// Compiles a resource pattern; variables are kept for substitution when the version allows.
    public init(_ written: String, at location: FileLocation, substitutesVariables: Bool) {
        self.written = written
        self.location = location
        self.compiled = substitutesVariables && written.contains("${") ? nil : ARNPattern(written)
    }
}
