/// A problem with an input, reported as `file:line:column: error: [code] message`.
///
/// Codes are stable (scripts match on them); messages are lowercase, one line, with no final
/// period and user input in backticks.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable machine-readable code such as `input.yaml.syntax` or `input.json.duplicate-key`.
    public var code: String
    /// What is wrong and what was expected.
    public var message: String
    /// Where: the file, and the line and column where known.
    public var location: FileLocation
    /// A likely fix (`did you mean \`Effect\`?`), printed after the message.
    public var suggestion: String?

    /// Makes an error.
    public init(code: String, message: String, location: FileLocation, suggestion: String? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.suggestion = suggestion
    }

    /// The message with the suggestion appended, as users read it.
    public var fullMessage: String {
        guard let suggestion else { return message }
        return "\(message); \(suggestion)"
    }

    /// `file:line:column: error: [code] message`.
    public var description: String {
        "\(location): error: [\(code)] \(fullMessage)"
    }
}
