import AccessGraph
import GitHub

/// Flags members without two-factor authentication who can write to or administer a repository.
struct MemberWithoutTwoFactor: Check {
    static let description = CheckDescription(
        id: "LP0411", slug: "github-member-without-2fa-can-write",
        title: "Member without two-factor authentication can push",
        category: .mfaGap, severity: .high,
        rationale: """
            A member listed by `members?filter=2fa_disabled` signs in with a password alone. With write \
            or admin on a repository, that password is enough to change the code and the workflows \
            that run with the repository's tokens and cloud identities.
            """,
        remediation: "Require two-factor authentication for the organisation, or remove the member's write access until they enrol.",
        triggering: [
            CheckExample(file: "github-export.json", """
                {"leastprivGitHubExport": 1, "organization": "acme",
                 "members": [{"login": "mallory"}],
                 "members_2fa_disabled": [{"login": "mallory"}],
                 "repositories": [{"repository": {"full_name": "acme/api", "default_branch": "main"},
                   "collaborators": [⚑{"login": "mallory", "role_name": "write", "permissions": {"push": true, "admin": false}}]}]}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "github-export.json", """
                {"leastprivGitHubExport": 1, "organization": "acme",
                 "members": [{"login": "mallory"}, {"login": "alice"}],
                 "members_2fa_disabled": [{"login": "mallory"}],
                 "repositories": [{"repository": {"full_name": "acme/api", "default_branch": "main"},
                   "collaborators": [{"login": "mallory", "role_name": "read", "permissions": {"push": false, "admin": false}},
                                     {"login": "alice", "role_name": "admin", "permissions": {"push": true, "admin": true}}]}]}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        var result: [Finding] = []
        for export in context.gitHub.exports {
            let withoutTwoFactor = Set(export.members.filter(\.twoFactorDisabled).map(\.login))
            for repository in export.repositories {
                for collaborator in repository.collaborators where collaborator.canPush && withoutTwoFactor.contains(collaborator.login) {
                    let id = PrincipalID("github:user:\(collaborator.login)")
                    let path = context.graph.edges(from: id).filter { edge in
                        edge.kind == .canModify && context.graph.principals[edge.to]?.tags["repository"]?.lowercased() == repository.fullName.lowercased()
                    }.map(PathStep.init)
                    result.append(finding(
                        message: "`\(collaborator.login)` has no two-factor authentication and role `\(collaborator.role)` on `\(repository.fullName)`"
                            + (path.isEmpty ? "" : ", which lets them change \(path.count) privileged workflow job\(path.count == 1 ? "" : "s")"),
                        principal: id.rawValue, capability: .codeWrite, resource: "github:repo:\(repository.fullName)",
                        path: path, locations: [collaborator.location], anchor: "member-2fa:\(collaborator.login):\(repository.fullName)"))
                }
            }
        }
        return result
    }
}
