import Documents
@testable import AccessGraph

/// Small, named graph elements the graph tests share.
enum GraphSamples {
    static let source = FileLocation(file: "sample.json")

    static func principal(_ id: String, _ kind: PrincipalKind = .user, provider: Provider = .aws, name: String, aliases: [String] = []) -> Principal {
        Principal(id: PrincipalID(id), provider: provider, kind: kind, displayName: name, aliases: aliases, provenance: source)
    }

    static func edge(_ from: String, _ to: String, _ kind: EdgeKind = .memberOf, reason: String = "sample") -> Edge {
        Edge(from: PrincipalID(from), to: PrincipalID(to), kind: kind, reason: reason, source: source)!
    }

    static let alice = principal("arn:aws:iam::111122223333:user/alice", name: "alice")
    static let deploy = principal("arn:aws:iam::111122223333:role/deploy", .role, name: "deploy")
    static let otherDeploy = principal("arn:aws:iam::444455556666:role/deploy", .role, name: "deploy")
    static let builder = principal(
        "k8s:prod:serviceaccount:ci:builder", .serviceAccount, provider: .kubernetes, name: "builder",
        aliases: ["system:serviceaccount:ci:builder"])
    static let octocat = principal("github:user:octocat", provider: .github, name: "octocat")
    static let releaseJob = principal(
        "github:job:acme/api/.github/workflows/release.yml#publish", .jobToken, provider: .github, name: "Release Publisher")
    static let ciDeploy = principal("qcs::cam::uin/100000000001:roleName/ci-deploy", .role, provider: .tencentcloud, name: "ci-deploy")

    static let all = [alice, deploy, otherDeploy, builder, octocat, releaseJob, ciDeploy]
}
