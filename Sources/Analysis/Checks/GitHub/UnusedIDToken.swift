import AccessGraph
import GitHub

/// Flags `id-token: write` on jobs none of whose steps requests an OIDC token.
struct UnusedIDToken: Check {
    static let description = CheckDescription(
        id: "LP0404", slug: "github-unused-id-token",
        title: "Job may mint OIDC tokens it never uses",
        category: .overGrant, severity: .medium,
        rationale: """
            With `id-token: write` any step can request an OIDC token for the job's subject and \
            exchange it for cloud credentials wherever a trust policy accepts that subject. A job \
            whose steps never request one only widens what a compromised step can reach.
            """,
        remediation: "Remove `id-token: write` from this job; grant it only to the job that signs in to the cloud or signs artifacts.",
        triggering: [
            CheckExample(file: "acme/api/.github/workflows/test.yml", """
                on: push
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    permissions:
                      contents: read
                      id-token: ⚑write
                    steps:
                      - uses: actions/checkout@v4
                      - run: make test
                """),
        ],
        nonTriggering: [
            CheckExample(file: "acme/api/.github/workflows/deploy.yml", """
                on: push
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    permissions:
                      contents: read
                      id-token: write
                    steps:
                      - uses: actions/checkout@v4
                      - uses: aws-actions/configure-aws-credentials@v4
                        with:
                          role-to-assume: arn:aws:iam::111122223333:role/deploy
                          aws-region: eu-west-1
                      - run: ./deploy.sh
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        context.gitHubJobs.compactMap { workflow, job in
            guard job.token.permissions.grants(.idToken, .write), job.needs.isJudged,
                  !job.needs.needs.grants(.idToken, .write) else { return nil }
            let block = job.token.decidingBlock
            let location = block?.scopeLocations[.idToken] ?? block?.location ?? job.job.location
            return finding(
                message: "job `\(job.job.id)` holds `id-token: write` but none of its steps requests an OIDC token",
                principal: job.principalID, resource: "github:repo:\(workflow.repository.name)",
                locations: [location], anchor: "id-token:\(workflow.repositoryPath)#\(job.job.id)")
        }
    }
}
