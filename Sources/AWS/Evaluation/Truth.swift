/// A three-valued answer: the context decides a condition, or does not say.
public enum Truth: Sendable, Hashable {
    case yes
    case no
    case unknown

    /// From a known boolean.
    init(_ flag: Bool) {
        self = flag ? .yes : .no
    }
}
