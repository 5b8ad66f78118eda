import AccessGraph
import Documents

/// A person in an organisation export.
public struct OrganizationMember: Sendable, Hashable {
    /// The login.
    public var login: String
    /// `admin` (owner) or `member`; `outside` for an outside collaborator.
    public var role: String
    /// Whether the member is listed by `members?filter=2fa_disabled`.
    public var twoFactorDisabled: Bool
    /// Where the member is listed.
    public var location: FileLocation
}

/// A team with its members and repositories.
public struct OrganizationTeam: Sendable, Hashable {
    /// The slug.
    public var slug: String
    /// Member logins.
    public var members: [String]
    /// Repository full names with the team's role on each.
    public var repositories: [(name: String, role: String)]
    /// Where the team is listed.
    public var location: FileLocation

    public static func == (lhs: OrganizationTeam, rhs: OrganizationTeam) -> Bool {
        lhs.slug == rhs.slug && lhs.members == rhs.members && lhs.location == rhs.location
            && lhs.repositories.map(\.name) == rhs.repositories.map(\.name) && lhs.repositories.map(\.role) == rhs.repositories.map(\.role)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(slug)
        hasher.combine(location)
    }
}

/// A collaborator of one repository with their role.
public struct RepositoryCollaborator: Sendable, Hashable {
    /// The login.
    public var login: String
    /// `role_name` (`read`, `triage`, `write`, `maintain`, `admin` or a custom role).
    public var role: String
    /// Whether `permissions.push` is true (or the role implies it).
    public var canPush: Bool
    /// Whether `permissions.admin` is true.
    public var isAdmin: Bool
    /// Where the collaborator is listed.
    public var location: FileLocation
}

/// Protection of one branch, from branch protection or rulesets.
public struct BranchProtection: Sendable, Hashable {
    /// The branch name or ruleset pattern (`main`, `~DEFAULT_BRANCH`, `release/*`).
    public var pattern: String
    /// Approving reviews required before a merge (0 when none).
    public var requiredApprovals: Int
    /// Whether admins are held to it (`enforce_admins`).
    public var enforcedForAdmins: Bool
    /// Logins, team slugs or role names that may bypass it.
    public var bypassActors: [String]
    /// Where it is written.
    public var location: FileLocation
}

/// A deployment environment with its reviewers.
public struct DeploymentEnvironment: Sendable, Hashable {
    /// The name.
    public var name: String
    /// Required reviewers (logins or team slugs); empty when anyone may deploy.
    public var reviewers: [String]
    /// Where it is listed.
    public var location: FileLocation
}

/// One repository of an organisation export.
public struct RepositoryExport: Sendable, Hashable {
    /// `OWNER/REPO`.
    public var fullName: String
    /// The default branch.
    public var defaultBranch: String
    /// The repository's default token setting, if exported.
    public var defaultToken: DefaultTokenSetting?
    /// `can_approve_pull_request_reviews` of the repository, with its location.
    public var canApprovePullRequests: (value: Bool, location: FileLocation)?
    /// Collaborators with their roles.
    public var collaborators: [RepositoryCollaborator]
    /// Branch protections and rulesets.
    public var protections: [BranchProtection]
    /// Environments.
    public var environments: [DeploymentEnvironment]
    /// Deploy keys with write access (their titles).
    public var writableDeployKeys: [String]
    /// The OIDC subject customisation, if not the default.
    public var subjectCustomisation: SubjectCustomisation?
    /// Whether the repository says to use the default subject format even if the org customises it.
    public var usesDefaultSubject: Bool
    /// Where the repository is listed.
    public var location: FileLocation

    public static func == (lhs: RepositoryExport, rhs: RepositoryExport) -> Bool {
        lhs.fullName == rhs.fullName && lhs.location == rhs.location
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fullName)
        hasher.combine(location)
    }

    /// The protection that covers a branch, if any (exact name, `~DEFAULT_BRANCH`, `*` globs).
    public func protection(of branch: String) -> BranchProtection? {
        protections.first { protection in
            let pattern = protection.pattern.hasPrefix("refs/heads/") ? String(protection.pattern.dropFirst("refs/heads/".count)) : protection.pattern
            if pattern == "~DEFAULT_BRANCH" { return branch == defaultBranch }
            if pattern == "~ALL" { return true }
            return pattern == branch || (pattern.contains("*") && Glob(pattern, caseSensitive: true).matches(branch))
        }
    }
}

/// A bundle written by `scripts/export-github.sh`.
public struct OrganizationExport: Sendable, Hashable {
    /// The organisation login.
    public var organization: String
    /// `two_factor_requirement_enabled`, with its location.
    public var twoFactorRequired: (value: Bool, location: FileLocation)?
    /// Whether the 2FA-disabled member list was exported (it needs an owner's token).
    public var twoFactorListExported: Bool
    /// The organisation's default token setting, if exported.
    public var defaultToken: DefaultTokenSetting?
    /// `can_approve_pull_request_reviews` of the organisation, with its location.
    public var canApprovePullRequests: (value: Bool, location: FileLocation)?
    /// The organisation's OIDC subject customisation.
    public var subjectCustomisation: SubjectCustomisation?
    /// Members and outside collaborators.
    public var members: [OrganizationMember]
    /// Teams.
    public var teams: [OrganizationTeam]
    /// Repositories.
    public var repositories: [RepositoryExport]
    /// Where the bundle's root is.
    public var location: FileLocation

    public static func == (lhs: OrganizationExport, rhs: OrganizationExport) -> Bool {
        lhs.organization == rhs.organization && lhs.location == rhs.location
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(organization)
        hasher.combine(location)
    }

    /// The repository with this full name (case-insensitive), if exported.
    public func repository(_ fullName: String) -> RepositoryExport? {
        repositories.first { $0.fullName.lowercased() == fullName.lowercased() }
    }

    /// The default token setting for a repository: the repository's, else the organisation's.
    public func defaultToken(for fullName: String) -> DefaultTokenSetting? {
        repository(fullName)?.defaultToken ?? defaultToken
    }
}
