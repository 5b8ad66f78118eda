import Testing
@testable import Documents

/// Nesting past the limit is refused with `input.limit.depth` where it crossed the limit, by
/// every reader, without recursion: 100,000 levels do not touch the stack.
struct DepthLimitTests {
    static let deep = 100_000

    @Test func deepJSONIsRefusedByTheStrictParser() {
        let text = String(repeating: "[", count: Self.deep) + String(repeating: "]", count: Self.deep)
        let error = Read.error { () throws(InputError) in try Read.json(text) }
        #expect(error?.code == "input.limit.depth")
        #expect(error?.location.position == Documents.SourceLocation(line: 1, column: 257))
        #expect(error?.message == "nesting is deeper than the limit of 256 levels")
    }

    @Test func deepJSONIsRefusedByJSONC() {
        let text = String(repeating: "{\"a\":", count: Self.deep) + "1" + String(repeating: "}", count: Self.deep)
        let error = Read.error { () throws(InputError) in try Read.jsonc(text) }
        #expect(error?.code == "input.limit.depth")
        #expect(error?.location.position == Documents.SourceLocation(line: 1, column: 5 * 256 + 1))
    }

    /// A raised limit is honoured. (Not 100,000 levels here: the parsers do not recurse, but
    /// Swift destroys and compares a node tree recursively, which is why the limit exists.)
    @Test func deepJSONWithinARaisedLimitIsRead() throws {
        let levels = 20_000
        let text = String(repeating: "[", count: levels) + String(repeating: "]", count: levels)
        let limits = DocumentLimits(maximumDepth: levels)
        for document in [try Read.json(text, limits: limits), try Read.jsonc(text, limits: limits)] {
            var depth = 0
            var node = document.roots[0]
            while case .sequence(let items) = node.value {
                depth += 1
                guard let first = items.first else { break }
                node = first
            }
            #expect(depth == levels)
        }
    }

    @Test func deepYAMLIsRefused() {
        let flow = String(repeating: "[", count: Self.deep) + String(repeating: "]", count: Self.deep)
        let error = Read.error { () throws(InputError) in try Read.yaml(flow) }
        #expect(error?.code == "input.limit.depth")
        #expect(error?.location.position == Documents.SourceLocation(line: 1, column: 257))
    }

    /// Exactly the limit is accepted, one more level is refused, by every reader, with and
    /// without a scalar in the innermost container.
    @Test(arguments: [1, 2, 5], ["", "1"])
    func limitIsExact(limit: Int, innermost: String) {
        let limits = DocumentLimits(maximumDepth: limit)
        func nested(_ levels: Int) -> String {
            String(repeating: "[", count: levels) + innermost + String(repeating: "]", count: levels)
        }
        for reader in ["json", "jsonc", "yaml"] {
            #expect(Self.error(reader, nested(limit), limits) == nil, "\(reader)")
            #expect(Self.error(reader, nested(limit + 1), limits)?.code == "input.limit.depth", "\(reader)")
        }
    }

    static func error(_ reader: String, _ text: String, _ limits: DocumentLimits) -> InputError? {
        switch reader {
        case "json": Read.error { () throws(InputError) in try Read.json(text, limits: limits) }
        case "jsonc": Read.error { () throws(InputError) in try Read.jsonc(text, limits: limits) }
        default: Read.error { () throws(InputError) in try Read.yaml(text, limits: limits) }
        }
    }
}
