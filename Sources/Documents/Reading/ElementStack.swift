/// A stack that the children of all open containers share, so that a closing container takes
/// its children out as one exactly-sized array by moving them (no retain, release or regrowth
/// per container), instead of growing an array of its own element by element.
final class ElementStack<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// Elements on the stack.
    private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 1)
        base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Pushes an element.
    @inline(__always)
    func append(_ element: consuming Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Moves the elements from `start` to the top into a new array, leaving `start` elements.
    ///
    /// Built with `reserveCapacity` and `append` rather than `init(unsafeUninitializedCapacity:)`,
    /// whose buffer allocation is not specialised and looks the array type up at run time on
    /// every call (measured: most of the cost of closing a small collection).
    func popArray(from start: Int) -> [Element] {
        var elements: [Element] = []
        elements.reserveCapacity(count - start)
        for index in start..<count {
            elements.append((base + index).move())
        }
        count = start
        return elements
    }

    /// Moves the elements from `start` to the top, taken two at a time, into a new array of
    /// what `pair` makes of each two, leaving `start` elements.
    func popPairs<Pair>(from start: Int, _ pair: (consuming Element, consuming Element) -> Pair) -> [Pair] {
        var pairs: [Pair] = []
        pairs.reserveCapacity((count - start) / 2)
        var index = start
        while index + 1 < count {
            pairs.append(pair((base + index).move(), (base + index + 1).move()))
            index += 2
        }
        count = start
        return pairs
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
