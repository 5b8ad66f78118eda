import Documents

/// The policy language version a document declares, which decides whether `${…}` is a variable.
public enum PolicyLanguageVersion: String, Sendable, Hashable {
    /// `2012-10-17`: policy variables are substituted.
    case current = "2012-10-17"
    /// `2008-10-17`: `${…}` is literal text.
    case legacy = "2008-10-17"
    /// No `Version` element: treated as `2008-10-17`, so `${…}` is literal text.
    case absent = ""

    /// Whether `${…}` in resources and condition values is a policy variable.
    public var substitutesVariables: Bool { self == .current }
}

/// An IAM policy document (identity, resource, trust, boundary, SCP, RCP or session policy),
/// with every element's location.
public struct PolicyDocument: Sendable, Hashable {
    /// The declared language version.
    public var version: PolicyLanguageVersion
    /// The optional `Id`.
    public var id: String?
    /// The statements in order.
    public var statements: [PolicyStatement]
    /// Where the document starts.
    public var location: FileLocation

    /// Makes a document.
    public init(version: PolicyLanguageVersion, id: String?, statements: [PolicyStatement], location: FileLocation) {
        self.version = version
        self.id = id
        self.statements = statements
        self.location = location
    }
}
