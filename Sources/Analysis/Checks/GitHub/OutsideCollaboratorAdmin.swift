import AccessGraph
import GitHub

/// Flags outside collaborators with admin on a repository.
struct OutsideCollaboratorAdmin: Check {
    static let description = CheckDescription(
        id: "LP0413", slug: "github-outside-collaborator-admin",
        title: "Outside collaborator administers a repository",
        category: .overGrant, severity: .high,
        rationale: """
            An outside collaborator is not bound by the organisation's membership rules (and, before \
            the requirement covers them, its 2FA policy), yet admin lets them change branch protection, \
            secrets, environments and who has access.
            """,
        remediation: "Lower the collaborator to `write` or `maintain`, or make them a member under the organisation's policies.",
        triggering: [
            CheckExample(file: "github-export.json", """
                {"leastprivGitHubExport": 1, "organization": "acme",
                 "outside_collaborators": [{"login": "contractor"}],
                 "repositories": [{"repository": {"full_name": "acme/api", "default_branch": "main"},
                   "collaborators": [⚑{"login": "contractor", "role_name": "admin", "permissions": {"push": true, "admin": true}}]}]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "github-export.json", """
                {"leastprivGitHubExport": 1, "organization": "acme",
                 "outside_collaborators": [{"login": "contractor"}],
                 "repositories": [{"repository": {"full_name": "acme/api", "default_branch": "main"},
                   "collaborators": [{"login": "contractor", "role_name": "write", "permissions": {"push": true, "admin": false}}]}]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        var result: [Finding] = []
        for export in context.gitHub.exports {
            let outside = Set(export.members.filter { $0.role == "outside" }.map(\.login))
            for repository in export.repositories {
                for collaborator in repository.collaborators where collaborator.isAdmin && outside.contains(collaborator.login) {
                    result.append(finding(
                        message: "outside collaborator `\(collaborator.login)` has admin on `\(repository.fullName)`",
                        principal: "github:user:\(collaborator.login)", capability: .identityAdmin,
                        resource: "github:repo:\(repository.fullName)", locations: [collaborator.location],
                        anchor: "outside-admin:\(collaborator.login):\(repository.fullName)"))
                }
            }
        }
        return result
    }
}
