import AccessGraph
import Documents
import Foundation
import Testing
@testable import GitHub

/// The export bundle (replayed `gh api` responses through `scripts/export-github.sh`) joined with
/// a workflow: people, teams, 2FA, default tokens, subjects, `canModify` edges and decisions.
struct OrganizationExportTests {
    static func outcome() throws -> ImportOutcome {
        let bundle = try String(contentsOf: Fixtures.directory.appendingPathComponent("export/acme-bundle.json"), encoding: .utf8)
        let release = try String(contentsOf: Fixtures.directory.appendingPathComponent("workflows/release.yml"), encoding: .utf8)
        return try importFiles([("github-export.json", bundle), ("acme/api/.github/workflows/release.yml", release)])
    }

    @Test func scriptOutputMatchesTheBundleFixture() throws {
        let script = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/export-github.sh")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/jq") else {
            print("note: jq is not installed; the export script's replay test has nothing to run")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script.path, "acme", "api"]
        process.environment = ["LEASTPRIV_GH_REPLAY": Fixtures.directory.appendingPathComponent("replay").path, "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let produced = try JSONSerialization.jsonObject(with: data) as? NSDictionary
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.directory.appendingPathComponent("export/acme-bundle.json"))) as? NSDictionary
        #expect(produced != nil && produced == expected)
    }

    @Test func peopleTeamsAndTwoFactor() throws {
        let outcome = try Self.outcome()
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
        let principals = Dictionary(uniqueKeysWithValues: outcome.fragment.principals.map { ($0.id.rawValue, $0) })
        #expect(principals["github:user:mallory"]?.mfa.status == MFAStatus.none)
        #expect(principals["github:user:alice"]?.mfa.status == .enrolled)
        #expect(principals["github:user:alice"]?.human == .human)
        #expect(principals["github:user:contractor"]?.tags["role"] == "outside")
        #expect(principals["github:user:contractor"]?.mfa.status == MFAStatus.none)
        #expect(principals["github:team:acme/platform"]?.kind == .team)
        #expect(outcome.fragment.edges.contains { $0.from == "github:user:bob" && $0.to == "github:team:acme/platform" && $0.kind == .memberOf })
        let model = try #require(outcome.model as? GitHubModel)
        let repository = try #require(model.exports.first?.repository("acme/api"))
        #expect(repository.protection(of: "main")?.requiredApprovals == 1)
        #expect(repository.protection(of: "release/1.0")?.requiredApprovals == 2)
        #expect(repository.environments.first { $0.name == "production" }?.reviewers == ["alice", "team:platform"])
        #expect(repository.writableDeployKeys == ["deploy bot"])
    }

    @Test func repositorySettingsWinOverTheOrganisation() throws {
        let outcome = try Self.outcome()
        let test = try #require(analysedJob(outcome, "test"))
        #expect(test.token.permissions == TokenPermissions([.contents: .read]))
        let publish = try #require(analysedJob(outcome, "publish"))
        #expect(publish.token.defaultSetting.kind == .restricted && !publish.token.defaultSetting.isAssumed)
        // The repository opts out of the organisation's subject customisation.
        #expect(publish.subjects.map(\.subject) == ["repo:acme/api:ref:refs/heads/main"])
        let deploy = try #require(analysedJob(outcome, "deploy"))
        #expect(deploy.subjects.map(\.subject) == ["repo:acme/api:environment:production"])
        #expect(deploy.subjects.first?.claims["environment"] == "production")
        #expect(deploy.subjects.first?.environmentReviewers == ["alice", "team:platform"])
        #expect(publish.subjects.first?.environmentReviewers == nil)
        let principal = outcome.fragment.principals.first { $0.id == "github:oidc:repo:acme/api:environment:production" }
        #expect(principal?.tags["leastpriv:environment-reviewers"] == "alice,team:platform")
    }

    @Test func jobsRunAsTheirOIDCSubjects() throws {
        let outcome = try Self.outcome()
        let job = "github:job:acme/api/.github/workflows/release.yml#publish"
        let edge = try #require(outcome.fragment.edges.first { $0.from.rawValue == job && $0.kind == .runsAs })
        #expect(edge.to == "github:oidc:repo:acme/api:ref:refs/heads/main")
        #expect(edge.source.line == 19)
        let subject = try #require(outcome.fragment.principals.first { $0.id == edge.to })
        #expect(subject.kind == .oidcSubject && subject.tags["repository"] == "acme/api" && subject.tags["ref"] == "refs/heads/main")
        #expect(subject.tags["job_workflow_ref"] == "acme/api/.github/workflows/release.yml@refs/heads/main")
        #expect(subject.tags["aud"] == "*" && subject.tags["leastpriv:requested-audiences"] == "sts.amazonaws.com")
        #expect(analysedJob(outcome, "publish")?.capabilities == [.codeWrite, .dataRead, .registryPush])
    }

    @Test func pushersCanModifyPrivilegedJobsWithReviewConditions() throws {
        let outcome = try Self.outcome()
        let job = PrincipalID("github:job:acme/api/.github/workflows/release.yml#publish")
        let edges = outcome.fragment.edges.filter { $0.to == job && $0.kind == .canModify }
        let mallory = try #require(edges.first { $0.from == "github:user:mallory" })
        #expect(mallory.conditions.map(\.values) == [["1"]])
        #expect(mallory.reason.contains("`main`"))
        let alice = try #require(edges.first { $0.from == "github:user:alice" })
        #expect(alice.conditions.isEmpty, "alice may bypass the required review")
        #expect(edges.contains { $0.from == "github:team:acme/platform" })
        // Any pusher can also run a workflow of their own on a new branch, with no review.
        let own = PrincipalID("github:job:acme/api/.github/workflows/*#*")
        let mallorysOwn = try #require(outcome.fragment.edges.first { $0.from == "github:user:mallory" && $0.to == own })
        #expect(mallorysOwn.conditions.isEmpty)
        #expect(outcome.fragment.edges.contains { $0.from == own && $0.to == "github:oidc:repo:acme/api:ref:refs/heads/*" && $0.kind == .runsAs })
        // The read-only test job holds no write and no OIDC: nobody gains anything by changing it.
        #expect(!outcome.fragment.edges.contains { $0.to.rawValue.hasSuffix("#test") && $0.kind == .canModify })
    }

    @Test func authorizerDecidesScopesOnRepositories() throws {
        let outcome = try Self.outcome()
        let authorizer = try #require(outcome.authorizer)
        let graph = PermissionGraph()
        func decide(_ principal: String, _ action: String) -> Decision.Outcome {
            authorizer.decide(Request(principal: PrincipalID(principal), action: action, resource: "github:repo:acme/api"), graph: graph).outcome
        }
        let publish = "github:job:acme/api/.github/workflows/release.yml#publish"
        #expect(decide(publish, "contents:write") == .allow)
        #expect(decide(publish, "issues:read") == .implicitDeny)
        #expect(decide("github:job:acme/api/.github/workflows/release.yml#test", "contents:write") == .implicitDeny)
        #expect(decide("github:user:mallory", "contents:write") == .allow)
        #expect(decide("github:user:nobody", "contents:read") == .implicitDeny)
        #expect(decide(publish, "contents") == .implicitDeny)
    }

    @Test func badBundlesFailAloneWithLocations() throws {
        let outcome = try importFiles([
            ("bad.json", #"{"leastprivGitHubExport": 1, "organization": "acme", "workflow_permissions": {"default_workflow_permissions": "writ"}}"#),
            ("acme/api/.github/workflows/ok.yml", "on: push\njobs:\n  b:\n    runs-on: x\n    steps: [{run: make}]\n"),
        ])
        #expect(outcome.failures.count == 1)
        #expect(outcome.failures.first?.code == "github.export.default-permissions")
        #expect(outcome.failures.first?.location.line == 1)
        #expect(analysedJob(outcome, "b") != nil)
    }
}
