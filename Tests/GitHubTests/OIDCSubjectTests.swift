import Testing
@testable import GitHub

/// Subjects per trigger and environment, default and customised (GitHub's OIDC reference:
/// "Example subject claims" and "Customizing the subject claims").
struct OIDCSubjectTests {
    static func subjects(_ on: String, environment: String? = nil, predictor: OIDCSubjectPredictor = OIDCSubjectPredictor()) throws -> [String] {
        let env = environment.map { "    environment: \($0)\n" } ?? ""
        let read = try workflow("on:\n\(on)\njobs:\n  j:\n    runs-on: x\n\(env)    permissions:\n      id-token: write\n    steps: [{run: make}]\n")
        return predictor.subjects(of: read.jobs[0], in: read).map(\.subject)
    }

    @Test func pushFilters() throws {
        #expect(try Self.subjects("  push:\n    branches: [main, 'release/*']") == ["repo:acme/api:ref:refs/heads/main", "repo:acme/api:ref:refs/heads/release/*"])
        #expect(try Self.subjects("  push:\n    tags: ['v*']") == ["repo:acme/api:ref:refs/tags/v*"])
        #expect(try Self.subjects("  push: {}") == ["repo:acme/api:ref:refs/heads/*", "repo:acme/api:ref:refs/tags/*"])
        #expect(try Self.subjects("  push:\n    branches-ignore: [wip]") == ["repo:acme/api:ref:refs/heads/*"])
    }

    @Test func otherEvents() throws {
        #expect(try Self.subjects("  pull_request: {}\n  pull_request_target: {}") == ["repo:acme/api:pull_request"])
        #expect(try Self.subjects("  release: {types: [published]}") == ["repo:acme/api:ref:refs/tags/*"])
        #expect(try Self.subjects("  workflow_dispatch: {}") == ["repo:acme/api:ref:refs/heads/*"])
        #expect(try Self.subjects("  schedule:\n    - cron: '0 0 * * *'", predictor: OIDCSubjectPredictor(defaultBranch: "trunk")) == ["repo:acme/api:ref:refs/heads/trunk"])
    }

    @Test func environmentWinsOverTheTrigger() throws {
        #expect(try Self.subjects("  push: {branches: [main]}\n  pull_request: {}", environment: "prod") == ["repo:acme/api:environment:prod"])
        #expect(try Self.subjects("  push: {}", environment: "${{ inputs.env }}") == ["repo:acme/api:environment:*"])
    }

    @Test func customisedFormat() throws {
        let owner = OIDCSubjectPredictor(customisation: SubjectCustomisation(claimKeys: ["repository_owner", "context"]))
        #expect(try Self.subjects("  push: {branches: [main]}", predictor: owner) == ["repository_owner:acme:ref:refs/heads/main"])
        let workflowRef = OIDCSubjectPredictor(customisation: SubjectCustomisation(claimKeys: ["repo", "context", "job_workflow_ref"]))
        #expect(try Self.subjects("  push: {branches: [main]}", predictor: workflowRef)
                == ["repo:acme/api:ref:refs/heads/main:job_workflow_ref:acme/api/.github/workflows/ci.yml@refs/heads/main"])
    }

    @Test func noIDTokenNoSubject() throws {
        let outcome = try importFiles([("acme/api/.github/workflows/ci.yml", "on: push\npermissions: {contents: read}\njobs:\n  j:\n    runs-on: x\n    steps: [{run: make}]\n")])
        #expect(analysedJob(outcome, "j")?.subjects.isEmpty == true)
        #expect(!outcome.fragment.edges.contains { $0.kind == .runsAs })
    }
}
