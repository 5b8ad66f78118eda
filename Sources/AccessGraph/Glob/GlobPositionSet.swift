/// A set of positions in a compiled glob, as bits: the state of the glob's automaton built as far
/// as an inclusion search reaches.
struct GlobPositionSet: Hashable {
    private var words: [UInt64]

    /// An empty set able to hold positions up to `last`.
    init(upTo last: Int) {
        words = [UInt64](repeating: 0, count: last / 64 + 1)
    }

    /// Adds a position.
    mutating func insert(_ position: Int) {
        words[position >> 6] |= 1 << UInt64(position & 63)
    }

    /// Whether the set holds a position.
    func contains(_ position: Int) -> Bool {
        words[position >> 6] & (1 << UInt64(position & 63)) != 0
    }

    /// Removes every position below `position`.
    mutating func removeAll(below position: Int) {
        for index in 0..<(position >> 6) { words[index] = 0 }
        words[position >> 6] &= ~((1 << UInt64(position & 63)) - 1)
    }

    /// The positions, ascending.
    var positions: [Int] {
        var positions: [Int] = []
        for (index, word) in words.enumerated() {
            var bits = word
            while bits != 0 {
                positions.append(index << 6 + bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
        return positions
    }
}
