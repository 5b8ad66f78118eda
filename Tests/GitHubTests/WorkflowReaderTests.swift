import Documents
import Testing
@testable import GitHub

/// Every form of `on:`, `permissions:`, `uses:`, environments, images and reusable calls.
struct WorkflowReaderTests {
    static let job = "jobs:\n  j:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n"

    @Test func triggerAsString() throws {
        let read = try workflow("on: push\n" + Self.job)
        #expect(read.triggers.map(\.event) == ["push"])
        #expect(read.triggers[0].location.line == 1)
    }

    @Test func triggerAsList() throws {
        let read = try workflow("on: [push, pull_request_target, issue_comment]\n" + Self.job)
        #expect(read.triggers.map(\.event) == ["push", "pull_request_target", "issue_comment"])
        #expect(read.privilegedTriggers.map(\.event) == ["pull_request_target", "issue_comment"])
    }

    @Test func triggerMapWithFilters() throws {
        let read = try workflow("""
            on:
              push:
                branches: [main, 'release/**']
                tags: v*
                paths-ignore: [docs/**]
              pull_request:
                types: [opened, synchronize]
              workflow_run:
                workflows: [CI]
                types: [completed]
              schedule:
                - cron: '0 3 * * *'
              workflow_dispatch:
                inputs:
                  level: {type: string}
            """ + "\n" + Self.job)
        #expect(read.triggers.map(\.event) == ["push", "pull_request", "workflow_run", "schedule", "workflow_dispatch"])
        let push = try #require(read.trigger("push"))
        #expect(push.patterns("branches") == ["main", "release/**"])
        #expect(push.patterns("tags") == ["v*"])
        #expect(push.patterns("paths-ignore") == ["docs/**"])
        #expect(push.location.line == 2 && push.location.column == 3)
        #expect(read.trigger("workflow_run")?.patterns("workflows") == ["CI"])
        #expect(read.trigger("schedule")?.cron == ["0 3 * * *"])
    }

    @Test func permissionForms() throws {
        #expect(try workflow("on: push\npermissions: read-all\n" + Self.job).permissions?.form == .readAll)
        #expect(try workflow("on: push\npermissions: write-all\n" + Self.job).permissions?.form == .writeAll)
        #expect(try workflow("on: push\npermissions: {}\n" + Self.job).permissions?.permissions == .empty)
        let map = try workflow("on: push\npermissions:\n  contents: read\n  id-token: write\n" + Self.job)
        #expect(map.permissions?.permissions == TokenPermissions([.contents: .read, .idToken: .write]))
        #expect(map.permissions?.scopeLocations[.idToken]?.line == 4)
    }

    @Test func permissionErrorsPointAtTheValue() throws {
        let unknown = #expect(throws: InputError.self) { try workflow("on: push\npermissions:\n  content: write\n" + Self.job) }
        #expect(unknown?.code == "github.permissions.unknown-scope")
        #expect(unknown?.suggestion == "did you mean `contents`?")
        #expect(unknown?.location.line == 3)
        let level = #expect(throws: InputError.self) { try workflow("on: push\npermissions:\n  id-token: read\n" + Self.job) }
        #expect(level?.code == "github.permissions.level")
        let blanket = #expect(throws: InputError.self) { try workflow("on: push\npermissions: write\n" + Self.job) }
        #expect(blanket?.code == "github.permissions.value")
    }

    @Test func emptyPermissionsWarnsAndKeepsTheDefault() throws {
        let read = try workflow("on: push\npermissions:\n" + Self.job)
        #expect(read.permissions == nil)
        #expect(read.warnings.map(\.code) == ["github.permissions.empty"])
    }

    @Test func pinKinds() {
        #expect(ActionReference("actions/checkout@8e5e7e5ab8b370d6c329ec480221332ada57f0ab").pin == .commitSHA)
        #expect(ActionReference("actions/checkout@v4").pin == .tag)
        #expect(ActionReference("actions/checkout@v4.1.2").pin == .tag)
        #expect(ActionReference("some/action@main").pin == .branch)
        #expect(ActionReference("./.github/actions/build").pin == .local)
        #expect(ActionReference("docker://alpine:3.19").pin == .imageTag)
        #expect(ActionReference("docker://alpine@sha256:abcd").pin == .imageDigest)
        let nested = ActionReference("github/codeql-action/upload-sarif@v3")
        #expect(nested.actionName == "github/codeql-action/upload-sarif")
        #expect(!nested.isThirdParty)
        #expect(ActionReference("Octo/Thing@v1").isThirdParty)
        #expect(ActionReference("acme/ci/.github/workflows/build.yml@main").isReusableWorkflow)
    }

    @Test func jobsStepsEnvironmentsAndImages() throws {
        let read = try workflow("""
            on: push
            jobs:
              deploy:
                runs-on: [self-hosted, linux]
                needs: build
                if: github.ref == 'refs/heads/main'
                environment:
                  name: production
                  url: https://example.com
                container: node:20
                services:
                  db:
                    image: postgres@sha256:0123
                steps:
                  - uses: actions/checkout@v4
                    with:
                      ref: main
                  - name: Ship
                    run: ./ship.sh
                    env:
                      GH_TOKEN: ${{ github.token }}
              staging:
                runs-on: ubuntu-latest
                environment: staging
                container:
                  image: alpine:3
                steps: [{run: make}]
              call:
                uses: octo/workflows/.github/workflows/deploy.yml@v2
                with: {target: prod}
                secrets: inherit
            """)
        let deploy = read.jobs[0]
        #expect(deploy.runsOn == ["self-hosted", "linux"] && deploy.needs == ["build"])
        #expect(deploy.condition == "github.ref == 'refs/heads/main'")
        #expect(deploy.environment?.name == "production" && deploy.environment?.url == "https://example.com")
        #expect(deploy.container?.image == "node:20" && deploy.services.first?.isPinnedByDigest == true)
        #expect(deploy.steps[0].uses?.raw == "actions/checkout@v4" && deploy.steps[0].inputs["ref"] == "main")
        #expect(deploy.steps[1].label == "Ship" && deploy.steps[1].bodyLocation.line == 19)
        #expect(deploy.location.line == 3)
        #expect(read.jobs[1].environment?.name == "staging" && read.jobs[1].container?.image == "alpine:3")
        let call = try #require(read.jobs[2].call)
        #expect(call.inheritsSecrets && call.inputs["target"] == "prod" && call.reference.isReusableWorkflow)
        #expect(read.jobPrincipalID(read.jobs[0]) == "github:job:acme/api/.github/workflows/ci.yml#deploy")
    }

    @Test func repositoryAttribution() {
        #expect(RepositoryAttribution.fromPath("samples/acme/api/.github/workflows/x.yml") == RepositoryAttribution(name: "acme/api", source: .path))
        #expect(RepositoryAttribution.fromPath("api/.github/workflows/x.yml") == RepositoryAttribution(name: "api", source: .folder))
        #expect(RepositoryAttribution.fromPath("x.yml").source == .folder)
    }

    @Test func untrustedContexts() {
        #expect(UntrustedInput.untrustedContexts(inText: "echo ${{ github.event.issue.title }} ${{ github.sha }}") == ["github.event.issue.title"])
        #expect(UntrustedInput.untrustedContexts(inText: "echo ${{ github.event.commits[0].message }}") == ["github.event.commits.*.message"])
        #expect(UntrustedInput.untrustedContexts(inText: "echo ${{ github.event['pull_request']['title'] }}") == ["github.event.pull_request.title"])
        #expect(UntrustedInput.untrustedContexts(inText: "echo ${{ github.event.pull_request.number }}").isEmpty)
        #expect(UntrustedInput.untrustedContexts(inText: "echo '${{ toJSON(github.event) }}'") == ["github.event"])
        #expect(UntrustedInput.untrustedContexts(inText: "echo '${{ toJSON(github.event.pull_request) }}'") == ["github.event.pull_request"])
        #expect(UntrustedInput.untrustedContexts(inText: "echo ${{ github.event.pull_request.head.sha }} ${{ github.event_name }}").isEmpty)
        #expect(UntrustedInput.namesPullRequestHead("${{ github.event.pull_request.head.sha }}"))
        #expect(UntrustedInput.namesPullRequestHead("refs/pull/${{ github.event.number }}/merge"))
        #expect(!UntrustedInput.namesPullRequestHead("${{ github.sha }}"))
        #expect(UntrustedInput.checksOutPullRequestInScript("gh pr checkout ${{ github.event.issue.number }}"))
    }

    @Test func secretsAJobReads() throws {
        let read = try workflow("""
            on: push
            env:
              NPM: ${{ secrets.NPM_TOKEN }}
            jobs:
              publish:
                runs-on: x
                env: {AWS: "${{ secrets['AWS_KEY'] }}"}
                steps:
                  - run: echo ${{ secrets.GITHUB_TOKEN }} ${{ secrets.SIGNING_KEY }}
                  - uses: some/action@v1
                    with: {token: "${{ secrets.BOT }}"}
              all:
                runs-on: x
                steps:
                  - run: echo '${{ toJSON(secrets) }}'
              call:
                uses: ./.github/workflows/x.yml
                secrets: {deploy: "${{ secrets.DEPLOY }}"}
              none:
                runs-on: x
                steps: [{run: make}]
            """)
        #expect(read.jobs[0].secrets == ["aws_key", "bot", "npm_token", "signing_key"])
        #expect(read.jobs[1].secrets == ["*", "npm_token"])
        #expect(read.jobs[2].secrets == ["deploy", "npm_token"])
        #expect(read.jobs[3].secrets == ["npm_token"])
    }

    @Test func oneBadWorkflowFailsAloneAtItsLine() throws {
        let outcome = try importFiles([
            ("acme/api/.github/workflows/bad.yml", "on: push\njobs:\n  b:\n    runs-on: x\n    permissions:\n      contents: admin\n    steps: [{run: make}]\n"),
            ("acme/api/.github/workflows/good.yml", "on: push\njobs:\n  g:\n    runs-on: x\n    steps: [{run: make}]\n"),
        ])
        #expect(outcome.failures.map(\.description) == [
            "acme/api/.github/workflows/bad.yml:6:17: error: [github.permissions.level] permission `contents` cannot be `admin`; expected one of `none`, `read`, `write`",
        ])
        #expect(analysedJob(outcome, "g") != nil && analysedJob(outcome, "b") == nil)
        #expect(!outcome.fragment.principals.contains { $0.id.rawValue.hasSuffix("#b") })
    }

    @Test(arguments: [
        ("on: 5\njobs:\n  j: {runs-on: x}\n", "input.type"),
        ("on: push\njobs: []\n", "input.type"),
        ("on: push\njobs:\n  j:\n    runs-on: x\n    steps: {a: 1}\n", "input.type"),
        ("on:\n  push: [main]\njobs:\n  j: {runs-on: x}\n", "input.type"),
        ("on: push\njobs:\n  j:\n    uses: a/b/.github/workflows/c.yml@v1\n    secrets: all\n", "github.workflow.secrets"),
        ("on: push\njobs:\n  j:\n    runs-on: x\n    environment: {url: x}\n", "input.missing-key"),
        ("on: push\non: pull_request\njobs:\n  j: {runs-on: x}\n", "input.duplicate-key"),
    ])
    func malformedWorkflowsFailWithACode(text: String, code: String) throws {
        let outcome = try importFiles([("acme/api/.github/workflows/x.yml", text)])
        #expect(outcome.failures.map(\.code) == [code], "\(outcome.failures)")
        #expect(outcome.fragment.principals.isEmpty)
    }

    @Test func noTriggersIsAWarningNotAFailure() throws {
        let read = try workflow(Self.job)
        #expect(read.triggers.isEmpty && read.warnings.map(\.code) == ["github.workflow.no-triggers"])
    }
}
