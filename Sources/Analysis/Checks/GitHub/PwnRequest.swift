import AccessGraph
import GitHub

/// Flags privileged triggers that check out and run a pull request's code (a "pwn request").
struct PwnRequest: Check {
    static let description = CheckDescription(
        id: "LP0401", slug: "github-pwn-request",
        title: "Privileged workflow checks out untrusted pull request code",
        category: .untrustedTrigger, severity: .critical,
        rationale: """
            `pull_request_target`, `workflow_run` and `issue_comment` run in the base repository with a \
            write-capable token and the repository's secrets. Checking out the pull request's head in \
            such a run lets anyone who opens a pull request run their code with those privileges.
            """,
        remediation: """
            Run untrusted code under `pull_request` (read-only token, no secrets) and pass results to a \
            privileged workflow as artifacts; never check out `github.event.pull_request.head.*` or \
            `refs/pull/*` in a privileged trigger.
            """,
        triggering: [
            CheckExample(file: "acme/api/.github/workflows/preview.yml", """
                on: pull_request_target
                jobs:
                  preview:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: ⚑actions/checkout@v4
                        with:
                          ref: ${{ github.event.pull_request.head.sha }}
                      - run: npm ci && npm run build
                """),
        ],
        nonTriggering: [
            CheckExample(file: "acme/api/.github/workflows/preview.yml", """
                on: pull_request
                jobs:
                  preview:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                        with:
                          ref: ${{ github.event.pull_request.head.sha }}
                      - run: npm ci && npm run build
                """),
            CheckExample(file: "acme/api/.github/workflows/label.yml", """
                on: pull_request_target
                jobs:
                  label:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - uses: actions/labeler@v5
                """),
        ])

    /// The triggers under which checking out the head runs it with privileges.
    static let events: Set<String> = ["pull_request_target", "workflow_run", "issue_comment"]

    func findings(in context: AnalysisContext) -> [Finding] {
        var result: [Finding] = []
        for (workflow, job) in context.gitHubJobs {
            let privileged = workflow.triggers.filter { Self.events.contains($0.event) }
            guard let trigger = privileged.first else { continue }
            for step in job.job.steps {
                let checksOut: Bool
                if let uses = step.uses, uses.actionName == "actions/checkout" {
                    checksOut = [step.inputs["ref"], step.inputs["repository"]].compactMap { $0 }.contains(where: UntrustedInput.namesPullRequestHead)
                } else if let run = step.run {
                    checksOut = UntrustedInput.checksOutPullRequestInScript(run)
                } else {
                    checksOut = false
                }
                guard checksOut else { continue }
                result.append(finding(
                    message: "job `\(job.job.id)` runs on `\(trigger.event)` and checks out the pull request's code in step `\(step.label)`, with token \(job.token.permissions) and the repository's secrets",
                    principal: job.principalID, resource: "github:repo:\(workflow.repository.name)",
                    locations: [step.bodyLocation, trigger.location],
                    anchor: "pwn:\(workflow.repositoryPath)#\(job.job.id):\(step.index)"))
            }
        }
        return result
    }
}
