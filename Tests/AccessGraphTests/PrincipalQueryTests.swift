import Testing
@testable import AccessGraph

@Suite("principal queries")
struct PrincipalQueryTests {
    static func resolve(_ text: String, in principals: [Principal] = GraphSamples.all) -> PrincipalLookup {
        PrincipalQuery(text).resolve(in: principals)
    }

    /// A query and the one principal it must find.
    static let found: [(String, Principal)] = [
        ("arn:aws:iam::111122223333:user/alice", GraphSamples.alice),
        ("arn:aws:iam::444455556666:role/deploy", GraphSamples.otherDeploy),
        ("system:serviceaccount:ci:builder", GraphSamples.builder),
        ("alice", GraphSamples.alice),
        ("user/alice", GraphSamples.alice),
        ("111122223333:role/deploy", GraphSamples.deploy),
        ("ci:builder", GraphSamples.builder),
        ("builder", GraphSamples.builder),
        ("octocat", GraphSamples.octocat),
        ("user:octocat", GraphSamples.octocat),
        ("Release Publisher", GraphSamples.releaseJob),
        ("release.yml#publish", GraphSamples.releaseJob),
        ("roleName/ci-deploy", GraphSamples.ciDeploy),
        ("ci-deploy", GraphSamples.ciDeploy),
    ]

    @Test("finds one principal", arguments: found)
    func findsOne(_ text: String, _ expected: Principal) {
        #expect(Self.resolve(text) == .found(expected.id))
    }

    @Test("an ambiguous short form lists sorted candidates", arguments: ["deploy", "role/deploy"])
    func ambiguous(_ text: String) {
        let reversed = Array(GraphSamples.all.reversed())
        let expected = PrincipalLookup.ambiguous([GraphSamples.deploy.id, GraphSamples.otherDeploy.id])
        #expect(Self.resolve(text) == expected)
        #expect(Self.resolve(text, in: reversed) == expected)
    }

    @Test("a suffix must start at a `:` or `/`", arguments: ["ploy", "ice", "tocat", "builder2", "-deploy", "e/deploy"])
    func suffixAtBoundaryOnly(_ text: String) {
        guard case .notFound = Self.resolve(text) else {
            Issue.record("\(text) resolved to \(Self.resolve(text))")
            return
        }
    }

    @Test("an exact id wins over an alias, and an alias over a short form")
    func rulePrecedence() {
        let aliasing = GraphSamples.principal("arn:aws:iam::1:user/bot", name: "bot", aliases: ["deploy", "arn:aws:iam::111122223333:user/alice"])
        let principals = GraphSamples.all + [aliasing]
        #expect(Self.resolve("deploy", in: principals) == .found(aliasing.id))
        #expect(Self.resolve("arn:aws:iam::111122223333:user/alice", in: principals) == .found(GraphSamples.alice.id))
    }

    @Test("two principals sharing an alias are ambiguous")
    func sharedAlias() {
        let first = GraphSamples.principal("k8s:a:user:x", provider: .kubernetes, name: "x", aliases: ["admin"])
        let second = GraphSamples.principal("k8s:b:user:x", provider: .kubernetes, name: "x", aliases: ["admin"])
        #expect(Self.resolve("admin", in: [second, first]) == .ambiguous([first.id, second.id]))
    }

    /// A query that matches nothing and the suggestion it must get.
    static let suggestions: [(String, PrincipalID?)] = [
        ("alic", GraphSamples.alice.id),
        ("Alice", GraphSamples.alice.id),
        ("user/alcie", GraphSamples.alice.id),
        ("system:serviceaccount:ci:bulder", GraphSamples.builder.id),
        ("ci-deplyo", GraphSamples.ciDeploy.id),
        ("deplo", GraphSamples.deploy.id),
        ("zzzzzz", nil),
        ("", nil),
    ]

    @Test("not found suggests the principal with the nearest name", arguments: suggestions)
    func notFound(_ text: String, _ suggestion: PrincipalID?) {
        #expect(Self.resolve(text) == .notFound(suggestion: suggestion))
        #expect(Self.resolve(text, in: GraphSamples.all.reversed()) == .notFound(suggestion: suggestion))
    }

    @Test("no principals: nothing found, nothing suggested")
    func empty() {
        #expect(Self.resolve("alice", in: []) == .notFound(suggestion: nil))
    }

    @Test("accepted names include every boundary suffix of the id")
    func acceptedNames() {
        let names = PrincipalQuery.acceptedNames(of: GraphSamples.builder)
        #expect(names.contains("system:serviceaccount:ci:builder"))
        #expect(names.contains("prod:serviceaccount:ci:builder"))
        #expect(names.contains("ci:builder"))
        #expect(names.contains("builder"))
        #expect(!names.contains("uilder"))
    }
}
