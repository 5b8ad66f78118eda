import AccessGraph
import Analysis
import Documents

/// The fixed audit result every golden file is rendered from: findings of every severity, one
/// with a three-hop path, one with no line (pointer only), one full of hostile text, one with a
/// second location in another YAML document; a failed input, an unrecognised and a skipped one;
/// a warning and a suppressed finding.
enum SampleAudit {
    /// Text an attacker could put in a policy or workflow: a terminal escape that clears the
    /// screen, a forged second line, Markdown, HTML, a spreadsheet formula, and `%` `,` `:`.
    static let hostileName = "=cmd|' /C calc'!A0 <script>alert(1)</script> \u{1B}[2J\u{1B}[31mred\u{1B}[0m %0A,:*bold* _it_ [x](y) `code` & \u{202E}txt"
    static let forgedLine = "\nCRITICAL forged.json:1:1 [LP0000 fake] all clear"

    static let authorizationDetails = "aws/authorization-details.json"
    static let hostileWorkflow = ".github/workflows/re,lease:%.yml"

    static let checks: [CheckDescription] = [
        check("LP0101", "passrole-escalation", "Principal can escalate to an administrator", .privilegeEscalation, .critical,
              rationale: "`iam:PassRole` with a service that runs code lets a principal act as the passed role.",
              remediation: "Scope `iam:PassRole` to the roles the principal must pass, with an `iam:PassedToService` condition."),
        check("LP0204", "oidc-trust-without-subject", "OIDC trust accepts any repository", .federationTrust, .critical,
              rationale: "Without a `sub` condition, any workflow in any repository can assume the role.",
              remediation: "Add a `StringEquals` condition on `token.actions.githubusercontent.com:sub`."),
        check("LP0301", "member-without-2fa", "Organization member without two-factor authentication", .mfaGap, .high,
              rationale: "A password alone protects an account that can push code.",
              remediation: "Require two-factor authentication for the organization."),
        check("LP0402", "workflow-write-token", "Workflow token can write code", .overGrant, .medium,
              rationale: "A job that only builds does not need `contents: write`.",
              remediation: "Set `permissions: contents: read` on the job."),
        check("LP0501", "unused-access-key", "Access key unused for 90 days", .staleCredential, .low,
              rationale: "An unused key is a credential nobody watches.",
              remediation: "Delete the access key."),
        check("LP0601", "binding-to-missing-role", "Binding refers to a role that does not exist", .danglingReference, .info,
              rationale: "A dangling binding grants access as soon as someone creates the role.",
              remediation: "Remove the binding or create the role it means."),
        check("LP0700", "admin-without-boundary", "Administrator without a permissions boundary", .overGrant, .high,
              rationale: "Checks that ran without findings still appear as rules.",
              remediation: "Attach a permissions boundary."),
    ]

    static let findings: [Finding] = [
        finding(checks[0], message: "user `alice` can become `role/admin` through `iam:PassRole` and `lambda:CreateFunction`",
                principal: "arn:aws:iam::111122223333:user/alice", capability: .admin, resource: "arn:aws:iam::111122223333:role/admin",
                path: [
                    PathStep(from: "arn:aws:iam::111122223333:user/alice", to: "arn:aws:iam::111122223333:group/developers", kind: "memberOf",
                             reason: "listed in the group's users",
                             location: FileLocation(file: authorizationDetails, pointer: ["GroupDetailList", "0"], position: SourceLocation(line: 12, column: 7))),
                    PathStep(from: "arn:aws:iam::111122223333:group/developers", to: "arn:aws:iam::111122223333:role/deploy",
                             kind: "escalates(iam-passrole-lambda)", reason: "`iam:PassRole` on `role/deploy` with `lambda:CreateFunction`",
                             location: FileLocation(file: authorizationDetails, pointer: ["GroupDetailList", "0", "GroupPolicyList", "0"], position: SourceLocation(line: 42, column: 13))),
                    PathStep(from: "arn:aws:iam::111122223333:role/deploy", to: "arn:aws:iam::111122223333:role/admin", kind: "assumes",
                             reason: "the trust policy of `role/admin` names `role/deploy`",
                             location: FileLocation(file: authorizationDetails, pointer: ["RoleDetailList", "1", "AssumeRolePolicyDocument"])),
                ],
                locations: [FileLocation(file: authorizationDetails, pointer: ["GroupDetailList", "0", "GroupPolicyList", "0"], position: SourceLocation(line: 42, column: 13))],
                anchor: "group/developers:policy/deploy-tools:Statement/PassDeploy"),
        finding(checks[2], message: "member `octocat` has no two-factor authentication and can push to `acme/api`",
                principal: "github:user:octocat", capability: .codeWrite, resource: "github:repo:acme/api",
                locations: [FileLocation(file: "github/acme/members.json", pointer: ["members", "3"])],
                anchor: "acme:member:octocat"),
        finding(checks[3], message: "job `\(hostileName)` in `\(hostileWorkflow)` can write code\(forgedLine)",
                principal: "github:job:acme/api/\(hostileWorkflow)#\(hostileName)", capability: .codeWrite,
                resource: "=HYPERLINK(\"http://evil.example\",\"click\")",
                locations: [FileLocation(file: hostileWorkflow, pointer: ["jobs", hostileName, "permissions"], position: SourceLocation(line: 9, column: 5))],
                anchor: "workflow:release:job:hostile"),
        finding(checks[4], message: "access key `AKIDEXAMPLE` of sub-user `ci` has not been used for 213 days",
                principal: "qcs::cam::uin/100000000001:uin/100000000011",
                locations: [FileLocation(file: "tencentcloud/bundle.json", pointer: ["AccessKeys", "0"], position: SourceLocation(line: 88, column: 5))],
                anchor: "uin/100000000011:AKIDEXAMPLE"),
        finding(checks[5], message: "role binding `ci/deployer` refers to the missing role `deployer`",
                principal: "k8s:prod:serviceaccount:ci:builder", resource: "k8s:prod:role:ci/deployer",
                locations: [
                    FileLocation(file: "k8s/rbac.yaml", pointer: ["roleRef"], position: SourceLocation(line: 30, column: 3), documentIndex: 2),
                    FileLocation(file: "k8s/roles.yaml", pointer: ["metadata", "name"], position: SourceLocation(line: 4, column: 9), documentIndex: 1),
                ],
                anchor: "prod:rolebinding:ci/deployer"),
    ]

    static let suppressed: [Finding] = [
        finding(checks[1], message: "role `ci-legacy` trusts GitHub's OIDC provider without a `sub` condition",
                principal: "github:oidc:*", capability: .identityAssume, resource: "arn:aws:iam::111122223333:role/ci-legacy",
                locations: [FileLocation(file: "aws/trust-ci-legacy.json", pointer: ["Statement", "0", "Condition"], position: SourceLocation(line: 7, column: 7))],
                anchor: "role/ci-legacy:Statement/0"),
    ]

    static let inputs: [InputReport] = [
        InputReport(file: ".leastpriv.yml", status: .skipped, note: "the configuration file"),
        InputReport(file: authorizationDetails, format: "aws.authorization-details", status: .analysed),
        InputReport(file: "aws/broken-policy.json", format: "json", status: .error, errors: [
            InputError(code: "input.json.duplicate-key", message: "duplicate key `Effect`",
                       location: FileLocation(file: "aws/broken-policy.json", pointer: ["Statement", "0", "Effect"], position: SourceLocation(line: 5, column: 7))),
            InputError(code: "input.json.syntax", message: "expected `,` or `}` after an object member",
                       location: FileLocation(file: "aws/broken-policy.json", position: SourceLocation(line: 9, column: 1))),
        ]),
        InputReport(file: "aws/trust-ci-legacy.json", format: "aws.trust-policy", status: .analysed),
        InputReport(file: "github/acme/members.json", format: "github.org-export", status: .analysed),
        InputReport(file: hostileWorkflow, format: "github.workflow", status: .analysed),
        InputReport(file: "k8s/rbac.yaml", format: "kubernetes.manifests", status: .analysed),
        InputReport(file: "k8s/roles.yaml", format: "kubernetes.manifests", status: .analysed),
        InputReport(file: "notes/README.md", status: .unrecognised, note: "no importer reads `.md` files"),
        InputReport(file: "tencentcloud/bundle.json", format: "tencentcloud.bundle", status: .analysed),
    ]

    static let warnings: [InputError] = [
        InputError(code: "aws.unknown-action", message: "unknown action `s3:GetObjects`",
                   location: FileLocation(file: authorizationDetails, pointer: ["Policies", "2", "Statement", "0", "Action"], position: SourceLocation(line: 120, column: 21)),
                   suggestion: "did you mean `s3:GetObject`?"),
    ]

    /// The result.
    static let result = AuditResult(
        tool: ToolInfo(version: "0.1.0"), inputs: inputs, principalCount: 17, findings: findings, suppressed: suppressed,
        checks: checks, warnings: warnings)

    /// The same tool and inputs with nothing wrong.
    static let clean = AuditResult(
        tool: ToolInfo(version: "0.1.0"), inputs: [InputReport(file: authorizationDetails, format: "aws.authorization-details", status: .analysed)],
        principalCount: 3, findings: [], checks: Array(checks.prefix(1)))

    private static func check(
        _ id: String, _ slug: String, _ title: String, _ category: Analysis.Category, _ severity: Severity, rationale: String, remediation: String
    ) -> CheckDescription {
        CheckDescription(
            id: id, slug: slug, title: title, category: category, severity: severity, rationale: rationale,
            remediation: remediation, triggering: [], nonTriggering: [])
    }

    private static func finding(
        _ check: CheckDescription, message: String, principal: String?, capability: Capability? = nil, resource: String? = nil,
        path: [PathStep] = [], locations: [FileLocation], anchor: String
    ) -> Finding {
        Finding(
            checkID: check.id, checkSlug: check.slug, category: check.category, severity: check.severity, title: check.title,
            message: message, principal: principal, capability: capability, resource: resource, path: path,
            locations: locations, remediation: check.remediation, anchor: anchor)
    }
}
