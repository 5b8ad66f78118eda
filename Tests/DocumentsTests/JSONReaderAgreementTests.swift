import Testing
@testable import Documents

/// The two JSON readers agree on seeded random documents: the same tree (once json-c's "last
/// duplicate wins" is applied to the strict parser's tree) and, for every node a pointer can
/// name, the same line and column from the lazy locator as from the strict parser.
struct JSONReaderAgreementTests {
    static let seeds: [UInt64] = Array(1...150)

    @Test(arguments: seeds)
    func readersAgree(seed: UInt64) throws {
        let bytes = Array(RandomJSONText.document(seed: seed).utf8)
        let strict = try JSONParser.parse(bytes, file: "r.json", limits: .default)
        let fast = try JSONCReader.parse(bytes, file: "r.json", limits: .default)
        #expect(Self.lastDuplicateWins(strict.roots[0].withoutLocations) == fast.roots[0])

        var checked = 0
        let locator = JSONPositionLocator(bytes: bytes)
        Self.forEachAddressableNode(strict.roots[0], pointer: JSONPointer()) { node, pointer in
            #expect(locator.position(of: pointer) == node.location, "\(pointer) in seed \(seed)")
            checked += 1
        }
        #expect(checked > 0)
    }

    /// json-c's object semantics: a repeated key keeps its first place and its last value.
    static func lastDuplicateWins(_ node: Node) -> Node {
        switch node.value {
        case .sequence(let items):
            return Node(.sequence(items.map(lastDuplicateWins)))
        case .mapping(let entries):
            var order: [String] = []
            var values: [String: Node] = [:]
            for entry in entries {
                let key = entry.key.stringValue!
                if values[key] == nil { order.append(key) }
                values[key] = lastDuplicateWins(entry.value)
            }
            return Node(.mapping(order.map { MappingEntry(key: Node(.string($0)), value: values[$0]!) }))
        default:
            return node
        }
    }

    /// Visits every node a pointer names: array elements, and of repeated keys the last.
    static func forEachAddressableNode(_ node: Node, pointer: JSONPointer, _ visit: (Node, JSONPointer) -> Void) {
        visit(node, pointer)
        switch node.value {
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                forEachAddressableNode(item, pointer: pointer.appending(index), visit)
            }
        case .mapping(let entries):
            for (index, entry) in entries.enumerated() {
                let key = entry.key.stringValue!
                let isLast = !entries[(index + 1)...].contains { $0.key.stringValue!.utf8.elementsEqual(key.utf8) }
                if isLast { forEachAddressableNode(entry.value, pointer: pointer.appending(key), visit) }
            }
        default:
            break
        }
    }
}
