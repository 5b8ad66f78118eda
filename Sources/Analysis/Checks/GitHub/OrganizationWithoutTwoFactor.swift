import AccessGraph
import GitHub

/// Flags organisations that do not require two-factor authentication.
struct OrganizationWithoutTwoFactor: Check {
    static let description = CheckDescription(
        id: "LP0410", slug: "github-org-without-2fa-requirement",
        title: "Organisation does not require two-factor authentication",
        category: .mfaGap, severity: .high,
        rationale: """
            Without the requirement, any member may sign in with a password alone; a phished or reused \
            password then pushes code to every repository the member can write, and through them to \
            the workflows that deploy.
            """,
        remediation: "Enable \"Require two-factor authentication\" in the organisation's authentication security settings.",
        triggering: [
            CheckExample(file: "github-export.json", """
                {"leastprivGitHubExport": 1, "organization": "acme",
                 "org": {"login": "acme", "two_factor_requirement_enabled": ⚑false}}
                """),
        ],
        nonTriggering: [
            CheckExample(file: "github-export.json", """
                {"leastprivGitHubExport": 1, "organization": "acme",
                 "org": {"login": "acme", "two_factor_requirement_enabled": true}}
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        context.gitHub.exports.compactMap { export in
            guard let required = export.twoFactorRequired, !required.value else { return nil }
            return finding(
                message: "organisation `\(export.organization)` does not require two-factor authentication",
                resource: "github:org:\(export.organization)", locations: [required.location],
                anchor: "org-2fa:\(export.organization)")
        }
    }
}
