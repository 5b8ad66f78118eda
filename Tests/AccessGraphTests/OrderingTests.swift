import Documents
import Testing
@testable import AccessGraph

/// The orderings that make output deterministic.
@Suite("orderings and descriptions")
struct OrderingTests {
    @Test("capabilities sort by their dotted names, and each has a meaning")
    func capabilities() {
        let sorted = Capability.allCases.sorted()
        #expect(sorted.map(\.rawValue) == Capability.allCases.map(\.rawValue).sorted())
        #expect(sorted.first == .admin)
        #expect(Capability.dataRead < Capability.dataWrite)
        #expect(Capability(rawValue: "identity.assume") == .identityAssume)
        #expect(Capability.allCases.allSatisfy { !$0.meaning.isEmpty && $0.meaning == $0.meaning.lowercased() })
    }

    @Test("providers sort by name")
    func providers() {
        #expect(Provider.allCases.sorted() == [.aws, .github, .gitlab, .kubernetes, .tencentcloud])
    }

    @Test("principal ids sort by their text")
    func principalIDs() {
        let ids: [PrincipalID] = ["github:user:b", "arn:aws:iam::1:user/z", "github:user:a"]
        #expect(ids.sorted().map(\.rawValue) == ["arn:aws:iam::1:user/z", "github:user:a", "github:user:b"])
        #expect(PrincipalID("x").description == "x")
    }

    @Test("conditions sort by key, then operator, then values, and print as written")
    func conditions() {
        let mfa = Condition(operation: "Bool", key: "aws:MultiFactorAuthPresent", values: ["true"])
        let ipB = Condition(operation: "IpAddress", key: "aws:SourceIp", values: ["10.0.0.2"])
        let ipA = Condition(operation: "IpAddress", key: "aws:SourceIp", values: ["10.0.0.1"])
        let notIp = Condition(operation: "NotIpAddress", key: "aws:SourceIp", values: ["10.0.0.0"])
        #expect([notIp, ipB, mfa, ipA].sorted() == [mfa, ipA, ipB, notIp])
        #expect(mfa.description == "Bool aws:MultiFactorAuthPresent true")
        #expect(Condition(operation: "StringEquals", key: "aws:username", values: ["alice", "bob"]).description == "StringEquals aws:username [alice, bob]")
        #expect(Condition(operation: "review", key: "", values: ["2"]).description == "review 2")
    }

    @Test("input formats sort by id")
    func inputFormats() {
        let formats = [
            InputFormat(id: "kubernetes.rbac", provider: .kubernetes, title: "rbac"),
            InputFormat(id: "aws.authorization-details", provider: .aws, title: "details"),
        ]
        #expect(formats.sorted().map(\.id) == ["aws.authorization-details", "kubernetes.rbac"])
    }

    @Test("a statement's stable identity is its name, else its position")
    func statementIdentity() {
        let named = Statement(index: 3, name: "AllowPush", effect: .allow, summary: "", provenance: GraphSamples.source)
        let unnamed = Statement(index: 3, effect: .deny, summary: "", provenance: GraphSamples.source)
        #expect(named.stableIdentity == "sid:AllowPush")
        #expect(unnamed.stableIdentity == "index:3")
    }
}
