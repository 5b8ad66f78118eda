/// The syntax a document was written in.
public enum DocumentSyntax: String, Sendable, Hashable, CaseIterable {
    case json
    case yaml
    case csv
}

/// One parsed input file: its name, its syntax and its document trees.
///
/// A JSON or CSV file has one root; a YAML stream has one per document. CSV files become a
/// sequence of mappings, one per row, keyed by the header's column names.
public final class Document: Sendable {
    /// The file as the user named it, or `-` for standard input.
    public let file: String
    /// The syntax it was read as.
    public let syntax: DocumentSyntax
    /// The root node of each document in the file.
    public let roots: [Node]
    /// Recovers line and column for trees read without positions (large JSON through json-c).
    let positionLocator: (any PositionLocating)?

    /// Makes a document from already-built trees.
    public init(file: String, syntax: DocumentSyntax, roots: [Node]) {
        self.file = file
        self.syntax = syntax
        self.roots = roots
        self.positionLocator = nil
    }

    init(file: String, syntax: DocumentSyntax, roots: [Node], positionLocator: (any PositionLocating)?) {
        self.file = file
        self.syntax = syntax
        self.roots = roots
        self.positionLocator = positionLocator
    }

    /// A cursor on the root of the document at `index`.
    public func root(_ index: Int = 0) -> Cursor {
        Cursor(document: self, node: roots[index], pointer: JSONPointer(), documentIndex: index)
    }

    /// Cursors on every root, in order.
    public var rootCursors: [Cursor] {
        roots.indices.map { root($0) }
    }

    /// Where the node at `pointer` starts, recovering line and column lazily when the reader did
    /// not record them.
    public func location(of pointer: JSONPointer, node: Node, documentIndex: Int = 0) -> FileLocation {
        if let position = node.location {
            return FileLocation(file: file, pointer: pointer, position: position, documentIndex: documentIndex)
        }
        let position = positionLocator?.position(of: pointer)
        return FileLocation(file: file, pointer: pointer, position: position, documentIndex: documentIndex)
    }
}

/// Finds the line and column of a JSON pointer in a file's text, for readers that give no
/// positions.
protocol PositionLocating: Sendable {
    /// The position of the value the pointer names, or nil if the pointer names nothing.
    func position(of pointer: JSONPointer) -> SourceLocation?
}
