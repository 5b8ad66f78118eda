import Foundation

/// An RFC 6901 JSON pointer: the path of reference tokens from a document's root to a value.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible, ExpressibleByArrayLiteral {
    /// The unescaped reference tokens, outermost first.
    public private(set) var tokens: [String]

    /// Makes a pointer from unescaped tokens; the empty pointer names the whole document.
    public init(_ tokens: [String] = []) {
        self.tokens = tokens
    }

    /// Makes a pointer from unescaped tokens written as an array literal: `["Statement", "0"]`.
    public init(arrayLiteral elements: String...) {
        self.tokens = elements
    }

    /// Parses the RFC 6901 text form (`/Statement/0/Effect`, with `~0` for `~` and `~1` for `/`).
    /// Returns nil for text that does not start with `/` (other than the empty pointer).
    public init?(parsing text: String) {
        if text.isEmpty {
            self.tokens = []
            return
        }
        guard text.hasPrefix("/") else { return nil }
        self.tokens = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { token in
            token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    /// The pointer to a member of the mapping this pointer names.
    public func appending(_ key: String) -> JSONPointer {
        var copy = self
        copy.tokens.append(key)
        return copy
    }

    /// The pointer to an element of the sequence this pointer names.
    public func appending(_ index: Int) -> JSONPointer {
        appending(String(index))
    }

    /// The RFC 6901 text form.
    public var description: String {
        var text = ""
        for token in tokens {
            text += "/"
            text += token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        }
        return text
    }
}
