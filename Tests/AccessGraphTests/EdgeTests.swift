import Documents
import Testing
@testable import AccessGraph

@Suite("edges")
struct EdgeTests {
    @Test("an edge refuses a blank reason", arguments: ["", " ", "\t", "\n", " \u{3000}\r\n"])
    func refusesBlankReason(_ reason: String) {
        #expect(Edge(from: "a", to: "b", kind: .memberOf, reason: reason, source: GraphSamples.source) == nil)
    }

    @Test("an edge keeps what it was given")
    func keepsFields() throws {
        let condition = Condition(operation: "Bool", key: "aws:MultiFactorAuthPresent", values: ["true"])
        let edge = try #require(Edge(
            from: "a", to: "b", kind: .escalates(technique: "iam-passrole-lambda"), reason: " trust policy allows a ",
            source: FileLocation(file: "trust.json"), conditions: [condition]))
        #expect(edge.from == "a" && edge.to == "b")
        #expect(edge.kind == .escalates(technique: "iam-passrole-lambda"))
        #expect(edge.reason == " trust policy allows a ")
        #expect(edge.source.file == "trust.json")
        #expect(edge.isConditional)
        #expect(!GraphSamples.edge("a", "b").isConditional)
    }

    @Test("edge kinds print as reports write them")
    func kindDescriptions() {
        let kinds: [EdgeKind] = [.memberOf, .assumes, .federates, .bindsTo, .runsAs, .mapsTo, .escalates(technique: "k8s-create-pods"), .canModify]
        #expect(kinds.map(\.description) == ["memberOf", "assumes", "federates", "bindsTo", "runsAs", "mapsTo", "escalates(k8s-create-pods)", "canModify"])
        #expect(kinds.sorted().map(\.description) == kinds.map(\.description).sorted())
    }
}
