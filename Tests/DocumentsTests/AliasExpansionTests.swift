import Foundation
import Testing
@testable import Documents

/// Alias expansion is counted and refused past the limit, so exponential documents fail fast.
struct AliasExpansionTests {
    /// The classic billion-laughs document: nine levels of ten aliases each.
    static let billionLaughs: String = {
        var text = "a0: &a0 \"lol\"\n"
        for level in 1...9 {
            let aliases = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(aliases)]\n"
        }
        return text
    }()

    @Test func billionLaughsIsRefusedInMilliseconds() {
        let clock = ContinuousClock()
        var error: InputError?
        let elapsed = clock.measure {
            error = Read.error { () throws(InputError) in try Read.yaml(Self.billionLaughs) }
        }
        #expect(error?.code == "input.limit.alias-expansion")
        #expect(error?.location.position?.line == 6)
        #expect(elapsed < .milliseconds(500))
    }

    @Test func expansionWithinTheLimitIsAccepted() throws {
        let text = "base: &b {x: 1}\none: *b\n"
        // The alias adds the mapping and its key and value: 3 nodes.
        #expect(Read.error { () throws(InputError) in try Read.yaml(text, limits: DocumentLimits(maximumAliasExpansion: 3)) } == nil)
        let twice = text + "two: *b\n"
        let error = Read.error { () throws(InputError) in try Read.yaml(twice, limits: DocumentLimits(maximumAliasExpansion: 5)) }
        #expect(error?.code == "input.limit.alias-expansion")
        #expect(error?.description == "t.yaml:3:6: error: [input.limit.alias-expansion] alias `*b` expands the document past the limit of 5 nodes created by aliases")
    }

    @Test func nestedAliasesCountWhatTheyExpandTo() {
        // `*l2` stands for a sequence holding two copies of a 3-node sequence: 1 + 2 × 3 nodes.
        let text = "l1: &l1 [a, b]\nl2: &l2 [*l1, *l1]\nl3: *l2\n"
        #expect(Read.error { () throws(InputError) in try Read.yaml(text, limits: DocumentLimits(maximumAliasExpansion: 13)) } == nil)
        #expect(Read.error { () throws(InputError) in try Read.yaml(text, limits: DocumentLimits(maximumAliasExpansion: 12)) }?.code == "input.limit.alias-expansion")
    }
}
