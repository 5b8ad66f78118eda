import AccessGraph
import GitHub

/// Flags organisations and repositories that let workflows approve pull requests.
struct ActionsCanApprovePullRequests: Check {
    static let description = CheckDescription(
        id: "LP0412", slug: "github-actions-can-approve-pull-requests",
        title: "Workflows may approve pull requests",
        category: .overGrant, severity: .medium,
        rationale: """
            With `can_approve_pull_request_reviews: true`, a workflow token with `pull-requests: write` \
            can approve a pull request, so one person plus a workflow they control satisfies a \
            required-review rule meant to need two people.
            """,
        remediation: "Turn off \"Allow GitHub Actions to create and approve pull requests\" in the Actions settings.",
        triggering: [
            CheckExample(file: "github-export.json", """
                {"leastprivGitHubExport": 1, "organization": "acme",
                 "workflow_permissions": {"default_workflow_permissions": "read", "can_approve_pull_request_reviews": ⚑true}}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "github-export.json", """
                {"leastprivGitHubExport": 1, "organization": "acme",
                 "workflow_permissions": {"default_workflow_permissions": "read", "can_approve_pull_request_reviews": false}}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        var result: [Finding] = []
        for export in context.gitHub.exports {
            if let setting = export.canApprovePullRequests, setting.value {
                result.append(finding(
                    message: "workflows of organisation `\(export.organization)` may approve pull requests",
                    resource: "github:org:\(export.organization)", locations: [setting.location], anchor: "approve:\(export.organization)"))
            }
            for repository in export.repositories {
                guard let setting = repository.canApprovePullRequests, setting.value else { continue }
                result.append(finding(
                    message: "workflows of `\(repository.fullName)` may approve pull requests",
                    resource: "github:repo:\(repository.fullName)", locations: [setting.location], anchor: "approve:\(repository.fullName)"))
            }
        }
        return result
    }
}
