import Testing
@testable import AccessGraph

@Suite("request context")
struct RequestContextTests {
    static let values = ["aws:SourceIp": ["10.0.0.1"], "aws:TagKeys": ["team", "env"], "aws:Empty": []]

    @Test("a supplied key is present with its values, whatever the completeness", arguments: [false, true])
    func present(isComplete: Bool) {
        let context = RequestContext(values: Self.values, isComplete: isComplete)
        #expect(context.lookup("aws:SourceIp") == .present(["10.0.0.1"]))
        #expect(context.lookup("aws:TagKeys") == .present(["team", "env"]))
        #expect(context.lookup("aws:Empty") == .present([]))
    }

    @Test("a missing key is unknown in an incomplete context and absent in a complete one")
    func missing() {
        #expect(RequestContext(values: Self.values).lookup("aws:username") == .unknown)
        #expect(RequestContext(values: Self.values, isComplete: true).lookup("aws:username") == .absent)
        #expect(RequestContext().lookup("anything") == .unknown)
    }

    @Test("keys compare exactly; providers normalise case themselves")
    func exactKeys() {
        #expect(RequestContext(values: Self.values, isComplete: true).lookup("AWS:SourceIp") == .absent)
    }
}

@Suite("decisions")
struct DecisionTests {
    static let condition = Condition(operation: "Bool", key: "aws:MultiFactorAuthPresent", values: ["true"])

    /// Outcome, isAllowed, mayBeAllowed, word.
    static let outcomes: [(Decision.Outcome, Bool, Bool, String)] = [
        (.allow, true, true, "allow"),
        (.conditionalAllow([condition]), false, true, "conditional"),
        (.explicitDeny, false, false, "deny"),
        (.implicitDeny, false, false, "implicit-deny"),
    ]

    @Test("what each outcome allows", arguments: outcomes)
    func outcome(_ outcome: Decision.Outcome, isAllowed: Bool, mayBeAllowed: Bool, word: String) {
        let decision = Decision(outcome, reasons: [DecisionReason(detail: "statement 0")])
        #expect(decision.isAllowed == isAllowed)
        #expect(decision.mayBeAllowed == mayBeAllowed)
        #expect(outcome.word == word)
        #expect(decision.reasons.map(\.detail) == ["statement 0"])
    }

    @Test("only a conditional allow has conditions")
    func conditions() {
        #expect(Decision(.conditionalAllow([Self.condition]), reasons: []).conditions == [Self.condition])
        #expect(Decision(.allow, reasons: []).conditions.isEmpty)
        #expect(Decision(.explicitDeny, reasons: []).conditions.isEmpty)
    }
}
