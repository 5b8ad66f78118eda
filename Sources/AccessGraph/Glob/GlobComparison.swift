/// Exact comparison of the strings two globs match, for policy comparison and PR-check witnesses.
///
/// A glob is read as a small automaton whose states are positions in its compiled pattern
/// (0 through the token count, the last being the end): at a `*` the automaton may stay on any
/// character or move past the `*` without reading one; at any other token it moves on one
/// character the token accepts.
///
/// - Intersection runs a breadth-first search over pairs of positions, one in each glob, moving
///   both on a character both tokens accept. It takes time proportional to the product of the
///   pattern lengths and finds a shortest string both match.
/// - Inclusion (`self ⊆ other`) searches for a shortest string `self` matches and `other` does
///   not: breadth-first over pairs (a position of `self`, the set of positions `other` can be
///   in), building `other`'s deterministic automaton only as far as the search reaches. Two facts
///   keep the sets small. Every set drops the positions before its last `*`: whatever a position
///   before a `*` can still match, that `*` can too. And the search only tries one character per
///   class of characters the two patterns cannot tell apart (each literal, each case-insensitive
///   letter class, and one character neither pattern names), which is exact because characters in
///   one class take every automaton to the same states. Deciding inclusion between patterns with
///   `*` and `?` is coNP-complete, so some inputs are slow: the sets can grow to 2ⁿ for `n` `?` in
///   one stretch of `other` between two `*`s (as in `*a??????`). Policy patterns rarely have more
///   than a few.
extension Glob {
    /// Whether every string this glob matches also matches `other`.
    public func isSubset(of other: Glob) -> Bool {
        witness(notMatchedBy: other) == nil
    }

    /// Whether some string matches both globs.
    public func intersects(_ other: Glob) -> Bool {
        witness(intersecting: other) != nil
    }

    /// Whether both globs match exactly the same strings.
    public func isEquivalent(to other: Glob) -> Bool {
        isSubset(of: other) && other.isSubset(of: self)
    }

    /// A shortest string that both globs match, or nil when they share none. Where a wildcard
    /// leaves the choice open, the witness uses `x`; where a pattern names a letter, it is spelt as
    /// that pattern writes it.
    public func witness(intersecting other: Glob) -> String? {
        let width = other.end + 1
        var parents = [Int](repeating: Self.unvisited, count: (end + 1) * width)
        var characters = [UInt32](repeating: 0, count: parents.count)
        parents[0] = Self.root
        var queue = [0]
        var next = 0
        while next < queue.count {
            let state = queue[next]
            next += 1
            let (position, otherPosition) = state.quotientAndRemainder(dividingBy: width)
            if accepts(at: position), other.accepts(at: otherPosition) {
                return Self.spell(state, parents: parents, characters: characters)
            }
            // Moving past a `*` first makes the witness follow the patterns rather than fill stars.
            for mine in closure(of: position).reversed() where mine < end {
                for theirs in other.closure(of: otherPosition).reversed() where theirs < other.end {
                    guard let character = characterSet(at: mine).commonScalar(with: other.characterSet(at: theirs)) else { continue }
                    let successor = advance(from: mine) * width + other.advance(from: theirs)
                    guard parents[successor] == Self.unvisited else { continue }
                    parents[successor] = state
                    characters[successor] = character
                    queue.append(successor)
                }
            }
        }
        return nil
    }

    /// A shortest string this glob matches and `other` does not, or nil when `other` matches
    /// everything this glob does: the counterexample a PR check shows for a widened pattern.
    public func witness(notMatchedBy other: Glob) -> String? {
        if other.matchesEverything { return nil }
        if isLiteral, caseSensitive { return other.matches(pattern) ? nil : pattern }

        let alphabet = GlobAlphabet.representatives(for: [self, other])
        var states = [InclusionState(position: 0, otherPositions: other.settle([0]))]
        var indexes = [states[0]: 0]
        var parents = [Self.root]
        var characters: [UInt32] = [0]
        var next = 0
        while next < states.count {
            let state = states[next]
            let index = next
            next += 1
            if accepts(at: state.position), !state.otherPositions.contains(other.end) {
                return Self.spell(index, parents: parents, characters: characters)
            }
            if other.acceptsEverything(from: state.otherPositions) { continue }
            for character in alphabet {
                let otherPositions = other.step(state.otherPositions, on: character)
                for mine in closure(of: state.position) where mine < end && characterSet(at: mine).contains(character) {
                    let successor = InclusionState(position: advance(from: mine), otherPositions: otherPositions)
                    guard indexes[successor] == nil else { continue }
                    indexes[successor] = states.count
                    states.append(successor)
                    parents.append(index)
                    characters.append(character)
                }
            }
        }
        return nil
    }

    // MARK: - The automaton

    private static let unvisited = -2
    private static let root = -1

    /// The end position: past the last token.
    private var end: Int { tokens.count }

    /// The positions reachable from `position` without reading a character: it, and the next one
    /// when it is a `*` (runs of `*` are collapsed, so never more).
    private func closure(of position: Int) -> ClosedRange<Int> {
        position < end && tokens[position] == GlobToken.anyRun ? position...(position + 1) : position...position
    }

    /// Where reading one character the token at `position` accepts leads.
    private func advance(from position: Int) -> Int {
        tokens[position] == GlobToken.anyRun ? position : position + 1
    }

    /// Whether the glob matches once it reaches `position` with no text left.
    private func accepts(at position: Int) -> Bool {
        closure(of: position).contains(end)
    }

    /// The characters the token at `position` accepts.
    private func characterSet(at position: Int) -> GlobCharacterSet {
        let token = tokens[position]
        if GlobToken.isWildcard(token) { return .any }
        return caseSensitive ? .scalar(token) : .folded(key: token, written: writtenScalars[position])
    }

    /// Closes a set of positions under moves past `*`, then drops every position before the last
    /// `*` in it: that `*` matches whatever they could.
    private func settle(_ reached: [Int]) -> GlobPositionSet {
        var settled = GlobPositionSet(upTo: end)
        var lastStar = 0
        for position in reached {
            for closed in closure(of: position) {
                settled.insert(closed)
                if closed < end, tokens[closed] == GlobToken.anyRun { lastStar = max(lastStar, closed) }
            }
        }
        settled.removeAll(below: lastStar)
        return settled
    }

    /// The settled set of positions after reading `character` from `positions`.
    private func step(_ positions: GlobPositionSet, on character: UInt32) -> GlobPositionSet {
        var reached: [Int] = []
        for position in positions.positions where position < end && characterSet(at: position).contains(character) {
            reached.append(advance(from: position))
        }
        return settle(reached)
    }

    /// Whether a settled set matches every continuation: it holds a trailing `*`.
    private func acceptsEverything(from positions: GlobPositionSet) -> Bool {
        end > 0 && tokens[end - 1] == GlobToken.anyRun && positions.contains(end - 1)
    }

    /// The characters on the path from the root to `state`.
    private static func spell(_ state: Int, parents: [Int], characters: [UInt32]) -> String {
        var scalars: [Unicode.Scalar] = []
        var current = state
        while parents[current] != root {
            scalars.append(Unicode.Scalar(characters[current]) ?? "x")
            current = parents[current]
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars.reversed())
        return String(text)
    }
}

/// A state of the inclusion search: where `self` is, and every position `other` may be in.
private struct InclusionState: Hashable {
    var position: Int
    var otherPositions: GlobPositionSet
}
