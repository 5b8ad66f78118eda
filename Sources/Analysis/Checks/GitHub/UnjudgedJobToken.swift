import AccessGraph
import GitHub

/// Says which jobs holding write scopes leastpriv cannot judge, so silence is never read as a pass.
struct UnjudgedJobToken: Check {
    static let description = CheckDescription(
        id: "LP0409", slug: "github-unjudged-job-token",
        title: "Job token needs could not be judged",
        category: .overGrant, severity: .info,
        rationale: """
            A job that runs actions missing from leastpriv's needs table (or local actions, or raw API \
            calls) may use its token in ways leastpriv cannot see, so no over-grant finding about it \
            means "not judged", not "minimal".
            """,
        remediation: "Review the job's `permissions:` by hand, or add the action to the needs table with its documented permissions.",
        triggering: [
            CheckExample(file: "acme/api/.github/workflows/bot.yml", """
                on: push
                jobs:
                  bot:
                    runs-on: ubuntu-latest
                    permissions:
                      ⚑contents: write
                    steps:
                      - uses: octo/mystery-action@v1
                """),
        ],
        nonTriggering: [
            CheckExample(file: "acme/api/.github/workflows/bot.yml", """
                on: push
                jobs:
                  bot:
                    runs-on: ubuntu-latest
                    permissions:
                      contents: read
                    steps:
                      - uses: octo/mystery-action@v1
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        context.gitHubJobs.compactMap { workflow, job in
            guard job.token.permissions.hasWrite || job.token.permissions.grants(.idToken, .write), !job.needs.isJudged else { return nil }
            let block = job.token.decidingBlock
            return finding(
                message: "job `\(job.job.id)` holds \(job.token.permissions) but its needs are not judged: \(job.needs.unjudgedBecause.joined(separator: "; "))",
                principal: job.principalID, resource: "github:repo:\(workflow.repository.name)",
                locations: [block?.location ?? job.job.location], anchor: "unjudged:\(workflow.repositoryPath)#\(job.job.id)")
        }
    }
}
