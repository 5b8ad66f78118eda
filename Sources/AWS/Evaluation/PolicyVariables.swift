/// Substitutes IAM policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'none'}`, and
/// the escapes `${*}`, `${?}`, `${$}`) in a resource or condition value. Only documents of version
/// 2012-10-17 substitute; in others `${…}` is literal text.
public enum PolicyVariables {
    /// What substitution gave.
    public enum Outcome: Sendable, Hashable {
        /// The text with every variable replaced.
        case text(String)
        /// A variable's key is unknown in this context.
        case unknown(key: String)
        /// A variable's key is absent and has no default: the value matches nothing.
        case absent(key: String)
    }

    /// Whether the text holds a `${`.
    public static func hasVariables(_ text: String) -> Bool {
        text.contains("${")
    }

    /// Substitutes every variable in `text` from the facts (a key's first value; a default in
    /// quotes when the key is absent).
    public static func substitute(_ text: String, facts: RequestFacts) -> Outcome {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "${") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
                result += rest[start.lowerBound...]
                return .text(result)
            }
            let inner = rest[start.upperBound..<end]
            rest = rest[rest.index(after: end)...]
            switch inner {
            case "*": result += "*"; continue
            case "?": result += "?"; continue
            case "$": result += "$"; continue
            default: break
            }
            var key = inner.trimmingCharacters(in: " ")
            var fallback: String?
            if let comma = inner.firstIndex(of: ",") {
                key = inner[..<comma].trimmingCharacters(in: " ")
                let defaultText = inner[inner.index(after: comma)...].trimmingCharacters(in: " ")
                if defaultText.count >= 2, defaultText.hasPrefix("'"), defaultText.hasSuffix("'") {
                    fallback = String(defaultText.dropFirst().dropLast())
                }
            }
            switch facts.lookup(key) {
            case .present(let values):
                result += values[0]
            case .absent:
                guard let fallback else { return .absent(key: key) }
                result += fallback
            case .unknown:
                guard fallback != nil, facts.isComplete else { return .unknown(key: key) }
                result += fallback!
            }
        }
        result += rest
        return .text(result)
    }
}

extension Substring {
    /// The text without the given characters at either end.
    func trimmingCharacters(in set: Character) -> String {
        var text = self
        while text.first == set { text = text.dropFirst() }
        while text.last == set { text = text.dropLast() }
        return String(text)
    }
}
