import Documents

/// Reads option values that must be one of a fixed set, with one error shape for all of them.
enum OptionValues {
    /// The case named `text`, or nil after printing `unknown value … for --name; expected one of …`.
    static func choice<Choice: RawRepresentable & CaseIterable>(
        _ text: String, for option: String, as type: Choice.Type, console: Console
    ) -> Choice? where Choice.RawValue == String {
        if let choice = Choice(rawValue: text) { return choice }
        let names = Choice.allCases.map(\.rawValue)
        let near = Suggestions.closest(to: text, among: names).map { "; did you mean `\($0)`?" } ?? ""
        console.reportUsageError("unknown value `\(text)` for `--\(option)`; expected one of \(names.joined(separator: ", "))\(near)")
        return nil
    }
}
