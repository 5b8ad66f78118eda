/// The characters one token of a compiled glob accepts.
enum GlobCharacterSet: Hashable {
    /// Any character (`*` and `?`).
    case any
    /// Exactly this scalar (a letter of a case-sensitive glob).
    case scalar(UInt32)
    /// Every scalar whose folded value is `key`, written in the pattern as `written`.
    case folded(key: UInt32, written: UInt32)

    /// The character a witness uses where a wildcard leaves the choice open.
    static let placeholder: UInt32 = 0x78 // x

    /// Whether the set holds a scalar.
    func contains(_ scalar: UInt32) -> Bool {
        switch self {
        case .any: true
        case .scalar(let value): scalar == value
        case .folded(let key, _): GlobCaseFolding.fold(scalar) == key
        }
    }

    /// A scalar in both sets, as the patterns spell it, or nil when they share none.
    func commonScalar(with other: GlobCharacterSet) -> UInt32? {
        switch (self, other) {
        case (.any, .any): GlobCharacterSet.placeholder
        case (.any, .scalar(let value)), (.scalar(let value), .any): value
        case (.any, .folded(_, let written)), (.folded(_, let written), .any): written
        case (.scalar(let value), _), (_, .scalar(let value)): other.contains(value) && contains(value) ? value : nil
        case (.folded(let key, let written), .folded(let otherKey, _)): key == otherKey ? written : nil
        }
    }
}
