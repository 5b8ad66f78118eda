/// A GitHub Actions workflow command (`::error file=F,line=L::message`), escaped by the
/// runner's rules: in the message `%`, CR and LF become `%25`, `%0D` and `%0A`; in property
/// values `:` and `,` also become `%3A` and `%2C`. A command is always one line, so nothing in
/// its values can start another command.
struct WorkflowCommand {
    /// `error`, `warning` or `notice`.
    var name: String
    /// The properties, in order; a nil value leaves the property out.
    var properties: [(key: String, value: String?)]
    /// The message; line breaks in it are kept as escapes and shown by GitHub.
    var message: String

    /// The command line, without a line end.
    var line: String {
        let written = properties.compactMap { key, value in value.map { "\(key)=\(Self.escapedProperty($0))" } }
        let list = written.isEmpty ? "" : " " + written.joined(separator: ",")
        return "::\(name)\(list)::\(Self.escapedData(message))"
    }

    /// `text` escaped as a command's message.
    static func escapedData(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// `text` escaped as a property value.
    static func escapedProperty(_ text: String) -> String {
        escapedData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
