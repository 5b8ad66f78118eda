/// The errors for inputs that cross a ``DocumentLimits`` bound, worded the same by every reader.
enum DocumentLimitError {
    /// A container opened deeper than ``DocumentLimits/maximumDepth``.
    static func depth(_ limit: Int, file: String, at position: SourceLocation?) -> InputError {
        InputError(
            code: "input.limit.depth",
            message: "nesting is deeper than the limit of \(limit) levels",
            location: FileLocation(file: file, position: position))
    }

    /// A file larger than ``DocumentLimits/maximumFileSize``; `size` is nil when only "more than
    /// the limit" is known (standard input stops reading there).
    static func size(_ size: Int?, limit: Int, file: String) -> InputError {
        let message = size.map { "input is \($0) bytes, more than the limit of \(limit) bytes" }
            ?? "input is larger than the limit of \(limit) bytes"
        return InputError(code: "input.limit.size", message: message, location: FileLocation(file: file))
    }

    /// YAML aliases that would expand past ``DocumentLimits/maximumAliasExpansion`` nodes.
    static func aliasExpansion(_ limit: Int, alias: String, file: String, at position: SourceLocation?) -> InputError {
        InputError(
            code: "input.limit.alias-expansion",
            message: "alias `*\(alias)` expands the document past the limit of \(limit) nodes created by aliases",
            location: FileLocation(file: file, position: position))
    }

    /// A YAML stream with more than ``DocumentLimits/maximumDocuments`` documents.
    static func documents(_ limit: Int, file: String, at position: SourceLocation?) -> InputError {
        InputError(
            code: "input.limit.documents",
            message: "stream has more than the limit of \(limit) documents",
            location: FileLocation(file: file, position: position))
    }
}
