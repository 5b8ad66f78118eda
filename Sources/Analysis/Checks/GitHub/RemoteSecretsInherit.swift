import AccessGraph
import GitHub

/// Flags `secrets: inherit` passed to a reusable workflow in another repository.
struct RemoteSecretsInherit: Check {
    static let description = CheckDescription(
        id: "LP0406", slug: "github-remote-secrets-inherit",
        title: "Every secret passed to a workflow in another repository",
        category: .overGrant, severity: .high,
        rationale: """
            `secrets: inherit` hands every secret the caller can see to the called workflow. When that \
            workflow lives in another repository, whoever can change it there (or move the ref it is \
            called at) receives all of them.
            """,
        remediation: "Pass only the secrets the called workflow declares (`secrets: { token: ${{ secrets.DEPLOY_TOKEN }} }`) and pin the call to a commit SHA.",
        triggering: [
            CheckExample(file: "acme/api/.github/workflows/deploy.yml", """
                on: push
                jobs:
                  deploy:
                    uses: octo/shared/.github/workflows/deploy.yml@main
                    secrets: ⚑inherit
                """),
        ],
        nonTriggering: [
            CheckExample(file: "acme/api/.github/workflows/deploy.yml", """
                on: push
                jobs:
                  deploy:
                    uses: ./.github/workflows/shared-deploy.yml
                    secrets: inherit
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        context.gitHubJobs.compactMap { workflow, job in
            guard let call = job.job.call, call.inheritsSecrets, call.reference.pin != .local else { return nil }
            return finding(
                message: "job `\(job.job.id)` passes every secret to `\(call.reference.raw)` with `secrets: inherit`",
                principal: job.principalID, resource: "github:repo:\(workflow.repository.name)",
                locations: [call.secretsLocation ?? call.location], anchor: "inherit:\(workflow.repositoryPath)#\(job.job.id)")
        }
    }
}
