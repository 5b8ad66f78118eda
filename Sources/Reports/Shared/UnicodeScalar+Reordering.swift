extension Unicode.Scalar {
    /// Whether this character can make text shown on screen differ from the text stored: the
    /// line and paragraph separators (U+2028, U+2029) and the bidirectional formatting
    /// characters (marks, embeddings, overrides and isolates) that reorder what follows.
    var reordersOrBreaksText: Bool {
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
