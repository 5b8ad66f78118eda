import AccessGraph
import Documents

/// Turns analysed workflows and organisation exports into graph elements: job tokens, OIDC
/// subjects, people and teams, repositories, and the edges between them, each with its reason.
struct GitHubGraphBuilder {
    var fragment = GraphFragment()
    var grants: [PrincipalID: [GitHubAuthorizer.Grant]] = [:]
    private var seenPrincipals = Set<PrincipalID>()
    private var seenResources = Set<String>()

    mutating func add(_ principal: Principal) {
        if seenPrincipals.insert(principal.id).inserted { fragment.principals.append(principal) }
    }

    mutating func addRepository(_ name: String, location: FileLocation) {
        let id = "github:repo:\(name)"
        if seenResources.insert(id).inserted {
            fragment.resources.append(Resource(id: id, provider: .github, type: "repository", displayName: name, provenance: location))
        }
    }

    mutating func addEdge(from: String, to: String, kind: EdgeKind, reason: String, source: FileLocation, conditions: [Condition] = []) {
        if let edge = Edge(from: PrincipalID(from), to: PrincipalID(to), kind: kind, reason: reason, source: source, conditions: conditions) {
            fragment.edges.append(edge)
        }
    }

    // MARK: Workflows

    mutating func add(_ analysed: AnalysedWorkflow) {
        let workflow = analysed.workflow
        addRepository(workflow.repository.name, location: workflow.triggersLocation)
        for job in analysed.jobs {
            let id = PrincipalID(job.principalID)
            add(Principal(
                id: id, provider: .github, kind: .jobToken, displayName: "\(workflow.fileName)#\(job.job.id)",
                aliases: ["\(workflow.repository.name)/\(workflow.repositoryPath)#\(job.job.id)", "\(workflow.fileName)#\(job.job.id)"],
                human: .machine,
                tags: ["repository": workflow.repository.name, "repository-source": workflow.repository.source.rawValue,
                       "capabilities": job.capabilities.map(\.rawValue).joined(separator: ","), "secrets": job.job.secrets.joined(separator: ",")],
                provenance: job.job.location))
            let location = job.token.decidingBlock?.location ?? job.job.location
            let statements = job.token.permissions.levels.sorted { $0.key < $1.key }.enumerated().map { index, entry in
                Statement(index: index, name: entry.key.rawValue, effect: .allow,
                          summary: "Allow \(entry.key.rawValue):\(entry.value.rawValue) on github:repo:\(workflow.repository.name)",
                          provenance: job.token.decidingBlock?.scopeLocations[entry.key] ?? location)
            }
            fragment.policies.append(Policy(
                id: "github:token:\(job.principalID.dropFirst("github:job:".count))", provider: .github, kind: .tokenPermissions,
                name: "GITHUB_TOKEN of \(workflow.fileName)#\(job.job.id)", statements: statements, provenance: location))
            grants[id, default: []].append(GitHubAuthorizer.Grant(
                repository: workflow.repository.name.lowercased(), permissions: job.token.permissions,
                reason: DecisionReason(detail: job.token.explanation.joined(separator: "; "), location: location)))
            for subject in job.subjects {
                var tags = subject.claims
                if let reviewers = subject.environmentReviewers {
                    tags["leastpriv:environment-reviewers"] = reviewers.isEmpty ? "none" : reviewers.joined(separator: ",")
                }
                add(Principal(
                    id: PrincipalID(subject.principalID), provider: .github, kind: .oidcSubject, displayName: subject.subject,
                    aliases: [subject.subject], human: .machine, tags: tags, provenance: job.job.location))
                addEdge(
                    from: job.principalID, to: subject.principalID, kind: .runsAs,
                    reason: "job `\(job.job.id)` holds `id-token: write` and its OIDC token has subject `\(subject.subject)` (\(subject.reason))",
                    source: job.token.decidingBlock?.scopeLocations[.idToken] ?? location)
            }
        }
    }

    // MARK: Exports

    mutating func add(_ export: OrganizationExport, workflows: [AnalysedWorkflow]) {
        for member in export.members {
            add(Principal(
                id: PrincipalID("github:user:\(member.login)"), provider: .github, kind: .user, displayName: member.login,
                aliases: [member.login], human: .human, mfa: Self.mfa(of: member, in: export),
                tags: ["role": member.role, "organization": export.organization], provenance: member.location))
        }
        for team in export.teams {
            let teamID = "github:team:\(export.organization)/\(team.slug)"
            add(Principal(id: PrincipalID(teamID), provider: .github, kind: .team, displayName: team.slug,
                          aliases: ["\(export.organization)/\(team.slug)"], human: .unknown, provenance: team.location))
            for login in team.members {
                addEdge(from: "github:user:\(login)", to: teamID, kind: .memberOf,
                        reason: "`\(login)` is a member of team `\(team.slug)`", source: team.location)
            }
        }
        for repository in export.repositories {
            addRepository(repository.fullName, location: repository.location)
            var writers: [(id: String, name: String, role: String, location: FileLocation)] = []
            for collaborator in repository.collaborators {
                let id = "github:user:\(collaborator.login)"
                grants[PrincipalID(id), default: []].append(GitHubAuthorizer.Grant(
                    repository: repository.fullName.lowercased(), permissions: GitHubAuthorizer.permissions(ofRole: collaborator.role),
                    reason: DecisionReason(detail: "`\(collaborator.login)` has role `\(collaborator.role)` on `\(repository.fullName)`", location: collaborator.location)))
                if collaborator.canPush { writers.append((id, collaborator.login, collaborator.role, collaborator.location)) }
            }
            for team in export.teams {
                for entry in team.repositories where entry.name.lowercased() == repository.fullName.lowercased() {
                    let id = "github:team:\(export.organization)/\(team.slug)"
                    grants[PrincipalID(id), default: []].append(GitHubAuthorizer.Grant(
                        repository: repository.fullName.lowercased(), permissions: GitHubAuthorizer.permissions(ofRole: entry.role),
                        reason: DecisionReason(detail: "team `\(team.slug)` has role `\(entry.role)` on `\(repository.fullName)`", location: team.location)))
                    if ["write", "maintain", "admin"].contains(entry.role) { writers.append((id, "team:\(team.slug)", entry.role, team.location)) }
                }
            }
            addWorkflowOfTheirOwn(repository: repository, writers: writers)
            for workflow in workflows where workflow.workflow.repository.name.lowercased() == repository.fullName.lowercased() {
                for (branch, why) in Self.branchesThatRun(workflow.workflow, defaultBranch: repository.defaultBranch) {
                    let protection = repository.protection(of: branch)
                    for writer in writers {
                        for job in workflow.jobs where job.isPrivileged {
                            var conditions: [Condition] = []
                            let bypasses = protection.map { $0.bypassActors.contains(writer.name) || (writer.role == "admin" && !$0.enforcedForAdmins) } ?? true
                            if let protection, protection.requiredApprovals > 0, !bypasses {
                                conditions.append(Condition(
                                    operation: "review", key: "github:required_approving_review_count",
                                    values: [String(protection.requiredApprovals)], location: protection.location))
                            }
                            addEdge(
                                from: writer.id, to: job.principalID, kind: .canModify,
                                reason: "\(writer.name) has role `\(writer.role)` on `\(repository.fullName)` and can push to `\(branch)`, where \(why) runs job `\(job.job.id)`"
                                    + (conditions.isEmpty ? "" : " (a push needs \(protection?.requiredApprovals ?? 0) approving review)"),
                                source: writer.location, conditions: conditions)
                        }
                    }
                }
            }
        }
    }

    /// Anyone who can push can also push a new branch holding a workflow of their own, which runs
    /// on that push with any `permissions:` it declares (up to `write-all`, `id-token: write`
    /// included) and the repository's secrets — no review applies to a new branch. This adds that
    /// synthetic job (`…/.github/workflows/*#*`), its OIDC subject for an unprotected branch
    /// (`repo:O/R:ref:refs/heads/*`, or the customised format), and an unconditional `canModify`
    /// edge from every pusher. Environment secrets stay behind their reviewers.
    mutating func addWorkflowOfTheirOwn(repository: RepositoryExport, writers: [(id: String, name: String, role: String, location: FileLocation)]) {
        guard !writers.isEmpty else { return }
        let jobID = "github:job:\(repository.fullName)/.github/workflows/*#*"
        add(Principal(
            id: PrincipalID(jobID), provider: .github, kind: .jobToken, displayName: "any workflow a pusher writes in \(repository.fullName)",
            aliases: ["\(repository.fullName)/.github/workflows/*#*"], human: .machine,
            tags: ["repository": repository.fullName, "repository-source": RepositoryAttribution.Source.bundle.rawValue,
                   "capabilities": ScopeCapabilities.capabilities(of: .writeAll).map(\.rawValue).joined(separator: ",") + ",secrets.read",
                   "secrets": "*", "leastpriv:synthetic": "a workflow on a new branch"],
            provenance: repository.location))
        grants[PrincipalID(jobID), default: []].append(GitHubAuthorizer.Grant(
            repository: repository.fullName.lowercased(), permissions: .writeAll,
            reason: DecisionReason(detail: "a workflow pushed on a new branch of `\(repository.fullName)` may declare `permissions: write-all`", location: repository.location)))
        let customisation = repository.usesDefaultSubject ? nil : repository.subjectCustomisation
        let subject: String
        if let keys = customisation?.claimKeys, !keys.isEmpty {
            subject = keys.map { key in
                switch key {
                case "repo": "repo:\(repository.fullName)"
                case "context": "ref:refs/heads/*"
                case "ref": "ref:refs/heads/*"
                case "repository": "repository:\(repository.fullName)"
                case "repository_owner": "repository_owner:\(repository.fullName.split(separator: "/").first ?? "")"
                default: "\(key):*"
                }
            }.joined(separator: ":")
        } else {
            subject = "repo:\(repository.fullName):ref:refs/heads/*"
        }
        let subjectID = "github:oidc:\(subject)"
        add(Principal(
            id: PrincipalID(subjectID), provider: .github, kind: .oidcSubject, displayName: subject, aliases: [subject], human: .machine,
            tags: ["sub": subject, "repository": repository.fullName, "repository_owner": String(repository.fullName.split(separator: "/").first ?? ""),
                   "ref": "refs/heads/*", "aud": "*", "job_workflow_ref": "\(repository.fullName)/.github/workflows/*@refs/heads/*"],
            provenance: repository.location))
        addEdge(from: jobID, to: subjectID, kind: .runsAs,
                reason: "a workflow of a pusher's own may declare `id-token: write`; on a new branch its subject is `\(subject)`",
                source: repository.location)
        for writer in writers {
            addEdge(from: writer.id, to: jobID, kind: .canModify,
                    reason: "\(writer.name) has role `\(writer.role)` on `\(repository.fullName)` and can push a new branch with a workflow of their own, which no review gates",
                    source: writer.location)
        }
    }

    /// Branches whose pushes run the workflow, with the trigger that does it.
    static func branchesThatRun(_ workflow: Workflow, defaultBranch: String) -> [(String, String)] {
        var result: [(String, String)] = []
        for trigger in workflow.triggers {
            switch trigger.event {
            case "push":
                let branches = trigger.patterns("branches").filter { !$0.hasPrefix("!") }
                let tagOnly = trigger.filters["branches"] == nil && trigger.filters["branches-ignore"] == nil && (trigger.filters["tags"] != nil || trigger.filters["tags-ignore"] != nil)
                if tagOnly { continue }
                if branches.isEmpty {
                    result.append((defaultBranch, "a `push` to any branch of `\(workflow.fileName)`"))
                } else {
                    for branch in branches where branch == defaultBranch || !branch.contains("*") {
                        result.append((branch, "a `push` of `\(workflow.fileName)`"))
                    }
                    if branches.contains(where: { $0.contains("*") && Glob($0, caseSensitive: true).matches(defaultBranch) }) {
                        result.append((defaultBranch, "a `push` of `\(workflow.fileName)`"))
                    }
                }
            case "workflow_dispatch", "schedule", "workflow_run", "release", "pull_request_target", "issue_comment", "issues",
                 "discussion", "discussion_comment":
                // These run the workflow file of the default branch (or, for dispatch, any branch).
                result.append((defaultBranch, "`\(trigger.event)` of `\(workflow.fileName)`"))
            default:
                continue
            }
        }
        var seen = Set<String>()
        return result.filter { seen.insert($0.0).inserted }
    }

    static func mfa(of member: OrganizationMember, in export: OrganizationExport) -> MFAState {
        if member.twoFactorDisabled {
            return MFAState(status: .none, evidence: "listed by `members?filter=2fa_disabled`", location: member.location)
        }
        if let required = export.twoFactorRequired, required.value {
            return MFAState(status: .enforced, evidence: "`two_factor_requirement_enabled` is true", location: required.location)
        }
        if export.twoFactorListExported {
            return MFAState(status: .enrolled, evidence: "not listed by `members?filter=2fa_disabled`", location: member.location)
        }
        return .unknown
    }
}
