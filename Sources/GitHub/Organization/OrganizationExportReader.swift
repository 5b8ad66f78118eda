import Documents

/// Reads a bundle written by `scripts/export-github.sh`: a JSON object with the marker key
/// `leastprivGitHubExport` and the `gh api` responses under documented keys (see
/// `docs/formats.md`). Responses keep GitHub's own shapes, so fields are read as GitHub names them.
public struct OrganizationExportReader: Sendable {
    /// The marker key and the version this reader understands.
    public static let markerKey = "leastprivGitHubExport"

    /// Makes a reader.
    public init() {}

    /// Whether a document is such a bundle.
    public static func looksLikeExport(_ document: Document) -> Bool {
        guard document.roots.count == 1, case .mapping(let pairs) = document.roots[0].value else { return false }
        return pairs.contains { $0.key.stringValue == markerKey }
    }

    /// Reads the bundle.
    public func read(_ document: Document) throws(InputError) -> OrganizationExport {
        let root = document.root()
        let version = try root.requiredField(Self.markerKey)
        guard try version.int() == 1 else {
            throw version.error("github.export.version", "unsupported export version `\(version.node.scalarText ?? "")`; expected `1`")
        }
        let organization = try root.requiredField("organization").string()
        var export = OrganizationExport(
            organization: organization, twoFactorListExported: false, members: [], teams: [], repositories: [], location: root.location)
        if let org = try root.field("org") {
            if let required = try org.field("two_factor_requirement_enabled"), !required.isNull {
                export.twoFactorRequired = (try required.bool(), required.location)
            }
        }
        if let workflow = try root.field("workflow_permissions") {
            export.defaultToken = try Self.defaultToken(workflow)
            export.canApprovePullRequests = try Self.canApprove(workflow)
        }
        if let subject = try root.field("oidc_subject") {
            export.subjectCustomisation = try Self.customisation(subject)
        }
        var disabled = Set<String>()
        if let list = try root.field("members_2fa_disabled") {
            export.twoFactorListExported = true
            for member in try list.elements() { disabled.insert(try member.requiredField("login").string()) }
        }
        if let list = try root.field("outside_collaborators_2fa_disabled") {
            for member in try list.elements() { disabled.insert(try member.requiredField("login").string()) }
        }
        let admins = Set(try (root.field("admins")?.elements() ?? []).map { cursor throws(InputError) in try cursor.requiredField("login").string() })
        for member in try root.field("members")?.elements() ?? [] {
            let login = try member.requiredField("login").string()
            export.members.append(OrganizationMember(
                login: login, role: admins.contains(login) ? "admin" : "member",
                twoFactorDisabled: disabled.contains(login), location: member.location))
        }
        for outside in try root.field("outside_collaborators")?.elements() ?? [] {
            let login = try outside.requiredField("login").string()
            export.members.append(OrganizationMember(login: login, role: "outside", twoFactorDisabled: disabled.contains(login), location: outside.location))
        }
        for team in try root.field("teams")?.elements() ?? [] {
            var read = OrganizationTeam(slug: try team.requiredField("slug").string(), members: [], repositories: [], location: team.location)
            for member in try team.field("members")?.elements() ?? [] {
                read.members.append(try member.requiredField("login").string())
            }
            for repository in try team.field("repos")?.elements() ?? [] {
                read.repositories.append((try repository.requiredField("full_name").string(), try Self.role(of: repository)))
            }
            export.teams.append(read)
        }
        for repository in try root.field("repositories")?.elements() ?? [] {
            export.repositories.append(try readRepository(repository))
        }
        return export
    }

    func readRepository(_ cursor: Cursor) throws(InputError) -> RepositoryExport {
        let info = try cursor.requiredField("repository")
        var repository = RepositoryExport(
            fullName: try info.requiredField("full_name").string(),
            defaultBranch: try info.field("default_branch")?.string() ?? "main",
            collaborators: [], protections: [], environments: [], writableDeployKeys: [],
            usesDefaultSubject: false, location: info.location)
        if let workflow = try cursor.field("workflow_permissions") {
            repository.defaultToken = try Self.defaultToken(workflow)
            repository.canApprovePullRequests = try Self.canApprove(workflow)
        }
        if let subject = try cursor.field("oidc_subject") {
            repository.usesDefaultSubject = try subject.field("use_default")?.bool() ?? false
            repository.subjectCustomisation = try Self.customisation(subject)
        }
        for collaborator in try cursor.field("collaborators")?.elements() ?? [] {
            let role = try Self.role(of: collaborator)
            let permissions = try collaborator.field("permissions")
            let push = try permissions?.field("push")?.bool() ?? ["write", "maintain", "admin"].contains(role)
            let admin = try permissions?.field("admin")?.bool() ?? (role == "admin")
            repository.collaborators.append(RepositoryCollaborator(
                login: try collaborator.requiredField("login").string(), role: role, canPush: push, isAdmin: admin,
                location: collaborator.location))
        }
        if let protections = try cursor.field("branch_protection") {
            for (branch, protection) in try protections.entries() {
                let reviews = try protection.field("required_pull_request_reviews")
                let approvals = try reviews?.field("required_approving_review_count")?.int() ?? (reviews == nil ? 0 : 1)
                let enforce = try protection.field("enforce_admins")?.field("enabled")?.bool() ?? false
                var bypass: [String] = []
                if let allowances = try reviews?.field("bypass_pull_request_allowances") {
                    for user in try allowances.field("users")?.elements() ?? [] { bypass.append(try user.requiredField("login").string()) }
                    for team in try allowances.field("teams")?.elements() ?? [] { bypass.append("team:" + (try team.requiredField("slug").string())) }
                }
                repository.protections.append(BranchProtection(
                    pattern: branch, requiredApprovals: approvals, enforcedForAdmins: enforce, bypassActors: bypass,
                    location: reviews?.location ?? protection.location))
            }
        }
        for ruleset in try cursor.field("rulesets")?.elements() ?? [] {
            if let enforcement = try ruleset.field("enforcement"), try enforcement.string() != "active" { continue }
            var approvals = 0
            var rulesLocation = ruleset.location
            for rule in try ruleset.field("rules")?.elements() ?? [] where try rule.requiredField("type").string() == "pull_request" {
                approvals = max(approvals, try rule.field("parameters")?.field("required_approving_review_count")?.int() ?? 0)
                rulesLocation = rule.location
            }
            var bypass: [String] = []
            for actor in try ruleset.field("bypass_actors")?.elements() ?? [] {
                let type = try actor.field("actor_type")?.string() ?? "unknown"
                let id = try actor.field("actor_id").map { cursor throws(InputError) in try cursor.scalarText() } ?? "*"
                bypass.append("\(type):\(id)")
            }
            let includes = try ruleset.field("conditions")?.field("ref_name")?.field("include")?.elements() ?? []
            for include in includes {
                repository.protections.append(BranchProtection(
                    pattern: try include.string(), requiredApprovals: approvals, enforcedForAdmins: true, bypassActors: bypass,
                    location: rulesLocation))
            }
        }
        if let environments = try cursor.field("environments") {
            let list: [Cursor]
            if environments.isMapping {
                list = try environments.requiredField("environments").elements()
            } else {
                list = try environments.elements()
            }
            for environment in list {
                var reviewers: [String] = []
                for rule in try environment.field("protection_rules")?.elements() ?? [] where try rule.field("type")?.string() == "required_reviewers" {
                    for reviewer in try rule.field("reviewers")?.elements() ?? [] {
                        let who = try reviewer.requiredField("reviewer")
                        if let login = try who.field("login") {
                            reviewers.append(try login.string())
                        } else {
                            reviewers.append("team:" + (try who.field("slug")?.string() ?? "?"))
                        }
                    }
                }
                repository.environments.append(DeploymentEnvironment(name: try environment.requiredField("name").string(), reviewers: reviewers, location: environment.location))
            }
        }
        for key in try cursor.field("deploy_keys")?.elements() ?? [] {
            let readOnly = try key.field("read_only")?.bool()
            guard readOnly == false else { continue }
            repository.writableDeployKeys.append(try key.field("title")?.string() ?? "untitled")
        }
        return repository
    }

    /// `role_name`, or the highest role `permissions` implies.
    static func role(of cursor: Cursor) throws(InputError) -> String {
        if let role = try cursor.field("role_name") { return try role.string() }
        if let permission = try cursor.field("permission"), !permission.isMapping {
            let text = try permission.string()
            return ["pull": "read", "push": "write", "triage": "triage", "maintain": "maintain", "admin": "admin"][text] ?? text
        }
        if let permissions = try cursor.field("permissions") {
            for (flag, role) in [("admin", "admin"), ("maintain", "maintain"), ("push", "write"), ("triage", "triage"), ("pull", "read")] {
                if try permissions.field(flag)?.bool() == true { return role }
            }
        }
        throw cursor.error("github.export.role", "expected `role_name` or `permissions`")
    }

    static func defaultToken(_ cursor: Cursor) throws(InputError) -> DefaultTokenSetting? {
        guard let value = try cursor.field("default_workflow_permissions") else { return nil }
        let text = try value.string()
        guard let kind = DefaultTokenSetting.Kind(rawValue: text) else {
            throw value.error("github.export.default-permissions", "`default_workflow_permissions` cannot be `\(text)`; expected `read` or `write`")
        }
        return DefaultTokenSetting(kind: kind, isAssumed: false, location: value.location)
    }

    static func canApprove(_ cursor: Cursor) throws(InputError) -> (Bool, FileLocation)? {
        guard let value = try cursor.field("can_approve_pull_request_reviews") else { return nil }
        return (try value.bool(), value.location)
    }

    static func customisation(_ cursor: Cursor) throws(InputError) -> SubjectCustomisation? {
        guard let keys = try cursor.field("include_claim_keys"), !keys.isNull else { return nil }
        let list = try keys.elements().map { key throws(InputError) in try key.string() }
        return list.isEmpty ? nil : SubjectCustomisation(claimKeys: list)
    }
}
