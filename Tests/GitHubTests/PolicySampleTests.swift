import AccessGraph
import Documents
import Foundation
import Testing
@testable import GitHub

/// `policy-samples/github` holds the path the demo shows: a member without 2FA can push to `main`,
/// which runs the release job that pushes images and presents the OIDC subject
/// `repo:acme/api:ref:refs/heads/main`; and a pwn request.
struct PolicySampleTests {
    static let root = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("policy-samples/github")

    static func outcome() throws -> ImportOutcome {
        let files = ["github-export.json", "acme/api/.github/workflows/release.yml", "acme/api/.github/workflows/preview.yml"]
        return try importFiles(files.map { ("policy-samples/github/\($0)", try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) })
    }

    @Test func memberWithoutTwoFactorReachesThePublishingSubject() throws {
        let outcome = try Self.outcome()
        #expect(outcome.failures.isEmpty && outcome.warnings.isEmpty, "\(outcome.failures) \(outcome.warnings)")
        let mallory = try #require(outcome.fragment.principals.first { $0.id == "github:user:mallory" })
        #expect(mallory.mfa.status == MFAStatus.none)
        let publish = PrincipalID("github:job:acme/api/.github/workflows/release.yml#publish")
        let push = try #require(outcome.fragment.edges.first { $0.from == mallory.id && $0.to == publish && $0.kind == .canModify })
        #expect(push.conditions.isEmpty, "main needs no review in the sample")
        let federates = try #require(outcome.fragment.edges.first { $0.from == publish && $0.kind == .runsAs })
        #expect(federates.to == "github:oidc:repo:acme/api:ref:refs/heads/main")
        let job = try #require(analysedJob(outcome, "publish"))
        #expect(job.capabilities.contains(.registryPush) && job.capabilities.contains(.codeWrite))
        #expect(job.token.defaultSetting.kind == .permissive)
    }

    @Test func previewIsAPwnRequest() throws {
        let outcome = try Self.outcome()
        let model = try #require(outcome.model as? GitHubModel)
        let preview = try #require(model.workflows.first { $0.workflow.fileName == "preview.yml" })
        #expect(preview.workflow.privilegedTriggers.map(\.event) == ["pull_request_target"])
        let checkout = try #require(preview.jobs.first?.job.steps.first)
        #expect(UntrustedInput.namesPullRequestHead(checkout.inputs["ref"] ?? ""))
    }
}
