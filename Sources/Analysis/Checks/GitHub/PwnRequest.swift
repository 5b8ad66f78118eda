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
            CheckExample(file: "acme/api/.github/workflows/comment-build.yml", """
                on: issue_comment
                jobs:
                  build:
                    if: github.event.issue.pull_request && contains(github.event.comment.body, '/build')
                    runs-on: ubuntu-latest
                    steps:
                      - uses: ⚑actions/checkout@v4
                        with:
                          ref: refs/pull/${{ github.event.issue.number }}/head
                      - run: make
                """),
            CheckExample(file: "acme/api/.github/workflows/after-ci.yml", """
                on:
                  workflow_run:
                    workflows: [CI]
                    types: [completed]
                jobs:
                  report:
                    runs-on: ubuntu-latest
                    steps:
                      - run: ⚑gh pr checkout ${{ github.event.workflow_run.pull_requests[0].number }} && ./report.sh
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

    /// Words of `if:` conditions that try to keep forks or outsiders out.
    static let guardWords = ["head.repo.full_name", "head.repo.fork", "author_association", "github.actor"]

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
                // A guard on the fork or the author narrows who can trigger it; it is named, not
                // trusted, because such expressions are easy to get wrong.
                let guards = [job.job.condition, step.condition].compactMap { $0 }.filter { condition in
                    Self.guardWords.contains { condition.contains($0) }
                }
                let guardNote = guards.isEmpty ? "" : " (guarded by `if: \(guards[0])`; check that it excludes forks)"
                result.append(finding(
                    message: "job `\(job.job.id)` runs on `\(trigger.event)` and checks out the pull request's code in step `\(step.label)`, with token \(job.token.permissions) and the repository's secrets\(guardNote)",
                    principal: job.principalID, resource: "github:repo:\(workflow.repository.name)",
                    locations: [step.bodyLocation, trigger.location],
                    anchor: "pwn:\(workflow.repositoryPath)#\(job.job.id):\(step.index)"))
            }
        }
        return result
    }
}
