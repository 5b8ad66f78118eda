import AccessGraph
import GitHub

/// Flags `run:` scripts that expand attacker-controlled event fields with `${{ }}`.
struct ScriptInjection: Check {
    static let description = CheckDescription(
        id: "LP0402", slug: "github-script-injection",
        title: "Untrusted event text expanded into a script",
        category: .untrustedTrigger, severity: .high,
        rationale: """
            `${{ }}` is substituted into the script before the shell runs it, so an issue title, a \
            pull request body or a branch name chosen by an outsider becomes shell code running with \
            the job's token and secrets.
            """,
        remediation: "Pass the value through an environment variable (`env: TITLE: ${{ github.event.issue.title }}`) and use `\"$TITLE\"` in the script.",
        triggering: [
            CheckExample(file: "acme/api/.github/workflows/triage.yml", """
                on: issues
                permissions:
                  issues: write
                jobs:
                  triage:
                    runs-on: ubuntu-latest
                    steps:
                      - run: ⚑echo "${{ github.event.issue.title }}" | ./classify.sh
                """),
        ],
        nonTriggering: [
            CheckExample(file: "acme/api/.github/workflows/triage.yml", """
                on: issues
                permissions:
                  issues: write
                jobs:
                  triage:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo "$TITLE" | ./classify.sh
                        env:
                          TITLE: ${{ github.event.issue.title }}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        var result: [Finding] = []
        for (workflow, job) in context.gitHubJobs {
            for step in job.job.steps {
                guard let run = step.run else { continue }
                let contexts = UntrustedInput.untrustedContexts(inText: run)
                guard !contexts.isEmpty else { continue }
                result.append(finding(
                    message: "step `\(step.label)` of job `\(job.job.id)` expands \(contexts.map { "`\($0)`" }.joined(separator: ", ")) into its script",
                    principal: job.principalID, resource: "github:repo:\(workflow.repository.name)",
                    locations: [step.bodyLocation], anchor: "injection:\(workflow.repositoryPath)#\(job.job.id):\(step.index)"))
            }
        }
        return result
    }
}
