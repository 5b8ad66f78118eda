/// A line and column in an input file, both counted from 1 (columns in Unicode scalars).
///
/// Stored as two 32-bit numbers (values past `UInt32.max` are clamped), which keeps every ``Node``
/// small: a 1 GB export has tens of millions of them.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    private var storedLine: UInt32
    private var storedColumn: UInt32

    /// The line, from 1.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    /// The column, from 1.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    /// Makes a location.
    public init(line: Int, column: Int) {
        self.storedLine = UInt32(clamping: line)
        self.storedColumn = UInt32(clamping: column)
    }

    /// Earlier in the file: by line, then by column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// Where something is in the inputs: a file, a JSON pointer into it and, where the input has them,
/// a line and column. Findings, decisions and graph edges carry these as their provenance.
public struct FileLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file as the user named it (relative paths stay relative), or `-` for standard input.
    public var file: String
    /// The pointer to the value inside its document.
    public var pointer: JSONPointer
    /// Line and column, when known.
    public var position: SourceLocation?
    /// Which document of a multi-document YAML stream, from 0.
    public var documentIndex: Int

    /// Makes a file location.
    public init(file: String, pointer: JSONPointer = JSONPointer(), position: SourceLocation? = nil, documentIndex: Int = 0) {
        self.file = file
        self.pointer = pointer
        self.position = position
        self.documentIndex = documentIndex
    }

    /// The line, when known.
    public var line: Int? { position?.line }
    /// The column, when known.
    public var column: Int? { position?.column }

    /// Report order: by file, document, position (known positions first), then pointer.
    public static func < (lhs: FileLocation, rhs: FileLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.documentIndex != rhs.documentIndex { return lhs.documentIndex < rhs.documentIndex }
        switch (lhs.position, rhs.position) {
        case let (left?, right?) where left != right: return left < right
        case (nil, _?): return false
        case (_?, nil): return true
        default: return lhs.pointer.description < rhs.pointer.description
        }
    }

    /// `file:line:column` (or just `file` when the position is unknown), as compilers print it.
    public var description: String {
        guard let position else { return file }
        return "\(file):\(position.line):\(position.column)"
    }
}
