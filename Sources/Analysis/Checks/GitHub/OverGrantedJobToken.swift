import AccessGraph
import GitHub

/// Flags jobs whose written `permissions:` grant more than their steps need, with the minimal block.
struct OverGrantedJobToken: Check {
    static let description = CheckDescription(
        id: "LP0408", slug: "github-over-granted-job-token",
        title: "Job token grants more than its steps need",
        category: .overGrant, severity: .medium,
        rationale: """
            leastpriv knows what common actions and commands need from the GITHUB_TOKEN (see \
            docs/github.md). Every scope beyond that is access a compromised step or dependency can \
            use and the job never does.
            """,
        remediation: "Replace the job's `permissions:` with the minimal block in the finding.",
        triggering: [
            CheckExample(file: "acme/api/.github/workflows/release.yml", """
                on: push
                jobs:
                  release:
                    runs-on: ubuntu-latest
                    permissions:
                      ⚑contents: write
                      packages: write
                      issues: write
                    steps:
                      - uses: actions/checkout@v4
                      - run: gh release create "$TAG"
                        env:
                          GH_TOKEN: ${{ github.token }}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "acme/api/.github/workflows/release.yml", """
                on: push
                jobs:
                  release:
                    runs-on: ubuntu-latest
                    permissions:
                      contents: write
                    steps:
                      - uses: actions/checkout@v4
                      - run: gh release create "$TAG"
                        env:
                          GH_TOKEN: ${{ github.token }}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        context.gitHubJobs.compactMap { workflow, job in
            guard let block = job.token.decidingBlock, job.needs.isJudged else { return nil }
            let excess = job.token.permissions.excess(over: job.minimalPermissions)
            guard !excess.isEmpty else { return nil }
            let listed = excess.map { "`\($0.scope.rawValue): \($0.granted.rawValue)`" + ($0.needed == .none ? "" : " (needs `\($0.needed.rawValue)`)") }
            let where_ = job.token.decidedAtWorkflowLevel ? "the workflow's `permissions:`" : "its `permissions:`"
            return finding(
                message: "job `\(job.job.id)` is granted \(listed.joined(separator: ", ")) by \(where_) beyond what its steps need",
                principal: job.principalID, resource: "github:repo:\(workflow.repository.name)",
                locations: [block.location], anchor: "over-grant:\(workflow.repositoryPath)#\(job.job.id)",
                remediation: "Replace the job's `permissions:` with the minimal block it needs, `\(job.minimalPermissions.flowBlock)`; why: \(job.needs.reasons.isEmpty ? "no step uses the token" : job.needs.reasons.joined(separator: "; "))")
        }
    }
}
