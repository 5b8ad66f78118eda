import Documents

/// One input format an importer reads, for listings and `docs/formats.md`.
public struct InputFormat: Sendable, Hashable, Comparable {
    /// A stable id (`aws.authorization-details`, `kubernetes.rbac`).
    public var id: String
    /// The provider.
    public var provider: Provider
    /// A short description (`aws iam get-account-authorization-details output`).
    public var title: String

    /// Makes a format.
    public init(id: String, provider: Provider, title: String) {
        self.id = id
        self.provider = provider
        self.title = title
    }

    public static func < (lhs: InputFormat, rhs: InputFormat) -> Bool {
        lhs.id < rhs.id
    }
}

/// A document an importer claimed, with the format it recognised.
public struct RecognisedDocument: Sendable {
    /// The parsed file.
    public var document: Document
    /// The format recognised.
    public var format: InputFormat

    /// Pairs a document with its format.
    public init(document: Document, format: InputFormat) {
        self.document = document
        self.format = format
    }
}

/// What an importer made of all the documents it recognised.
public struct ImportOutcome: Sendable {
    /// The graph elements, from the documents that imported without error.
    public var fragment: GraphFragment
    /// One error per document that could not be imported; such a document contributes nothing.
    public var failures: [InputError]
    /// Problems that did not stop a document from importing (an unknown field).
    public var warnings: [InputError]
    /// The provider's decision engine over what was imported.
    public var authorizer: (any Authorizer)?
    /// The provider's typed model, for checks that need more than the graph.
    public var model: (any Sendable)?

    /// Makes an outcome.
    public init(fragment: GraphFragment = GraphFragment(), failures: [InputError] = [], warnings: [InputError] = [], authorizer: (any Authorizer)? = nil, model: (any Sendable)? = nil) {
        self.fragment = fragment
        self.failures = failures
        self.warnings = warnings
        self.authorizer = authorizer
        self.model = model
    }
}

/// Reads one provider's input formats: recognises documents by content, then imports all that it
/// recognised together (so joins across files, like a credential report to its users, happen in
/// one place).
public protocol Importer: Sendable {
    /// The provider.
    var provider: Provider { get }
    /// The formats it reads.
    var formats: [InputFormat] { get }
    /// The format of a document, if this importer reads it. Must not throw or be slow: it sees
    /// every input.
    func recognise(_ document: Document) -> InputFormat?
    /// Imports the recognised documents. A document that fails is reported in `failures` and
    /// contributes nothing; the others still import.
    func importDocuments(_ documents: [RecognisedDocument]) -> ImportOutcome
}
