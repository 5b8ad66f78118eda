/// An OIDC token a job can request (`id-token: write`), with the claims GitHub puts in it.
///
/// The default `sub` follows GitHub's rules, in order: a job with an `environment` gets
/// `repo:OWNER/REPO:environment:NAME`; a `pull_request` or `pull_request_target` run gets
/// `repo:OWNER/REPO:pull_request`; any other run gets `repo:OWNER/REPO:ref:REF` with the branch or
/// tag it ran on. A subject customisation (`include_claim_keys`) replaces the format with
/// `key:value` pairs in the listed order. Refs that the workflow leaves open (a branch filter
/// with wildcards, no filter at all) are kept as glob patterns (`refs/heads/*`).
public struct OIDCSubject: Sendable, Hashable {
    /// The `sub` claim (may hold `*` where the ref is open).
    public var subject: String
    /// Every claim we can predict: `sub`, `repository`, `repository_owner`, `ref`,
    /// `environment`, `job_workflow_ref`, `event_name`, and `aud` as `*` (the requesting step
    /// chooses it); `leastpriv:requested-audiences` names what the job's login actions ask for.
    public var claims: [String: String]
    /// Why the job gets this subject (the trigger or environment).
    public var reason: String
    /// For an environment subject, the environment's required reviewers from the export (empty:
    /// anyone who can run the workflow deploys); nil when no export describes the environment.
    public var environmentReviewers: [String]? = nil
    /// Whether `subject` is a pattern rather than one exact value.
    public var isPattern: Bool { subject.contains("*") }

    /// The principal id: `github:oidc:<sub>`.
    public var principalID: String { "github:oidc:\(subject)" }
}

/// An organisation's or repository's OIDC subject customisation (`include_claim_keys`).
public struct SubjectCustomisation: Sendable, Hashable {
    /// The claim keys, in order.
    public var claimKeys: [String]

    /// Makes a customisation.
    public init(claimKeys: [String]) {
        self.claimKeys = claimKeys
    }
}

/// Predicts the OIDC subjects of a job.
public struct OIDCSubjectPredictor: Sendable {
    /// The default branch when the export does not name it.
    public var defaultBranch: String
    /// The customisation in force, if any.
    public var customisation: SubjectCustomisation?

    /// Makes a predictor.
    public init(defaultBranch: String = "main", customisation: SubjectCustomisation? = nil) {
        self.defaultBranch = defaultBranch
        self.customisation = customisation
    }

    /// The subjects `job` of `workflow` can present, one per distinct context.
    public func subjects(of job: Job, in workflow: Workflow) -> [OIDCSubject] {
        let repository = workflow.repository.name
        var contexts: [(context: String, ref: String, event: String, reason: String)] = []
        if let environment = job.environment {
            let name = environment.name.contains("${{") ? "*" : environment.name
            contexts.append(("environment:\(name)", "*", "*", "the job deploys to environment `\(environment.name)`"))
        } else {
            for trigger in workflow.triggers {
                contexts += Self.refContexts(of: trigger, defaultBranch: defaultBranch)
            }
        }
        var seen = Set<String>()
        var result: [OIDCSubject] = []
        for context in contexts {
            let subject = format(repository: repository, context: context.context, ref: context.ref, environment: job.environment?.name, workflow: workflow)
            guard seen.insert(subject).inserted else { continue }
            var claims = [
                "sub": subject, "repository": repository,
                "repository_owner": String(repository.split(separator: "/").first ?? ""),
                "job_workflow_ref": "\(repository)/\(workflow.repositoryPath)@\(context.ref)",
                // The requester chooses the audience: any step can ask for any value.
                "aud": "*",
            ]
            let requested = OIDCAudiences.requested(by: job)
            if !requested.isEmpty { claims["leastpriv:requested-audiences"] = requested.joined(separator: ",") }
            if context.ref != "*" { claims["ref"] = context.ref }
            if context.event != "*" { claims["event_name"] = context.event }
            if let environment = job.environment { claims["environment"] = environment.name }
            result.append(OIDCSubject(subject: subject, claims: claims, reason: context.reason))
        }
        return result
    }

    /// The `sub` for one context, default or customised.
    func format(repository: String, context: String, ref: String, environment: String?, workflow: Workflow) -> String {
        guard let customisation, !customisation.claimKeys.isEmpty else { return "repo:\(repository):\(context)" }
        return customisation.claimKeys.map { key in
            switch key {
            case "repo": "repo:\(repository)"
            case "context": context
            case "repository": "repository:\(repository)"
            case "repository_owner": "repository_owner:\(repository.split(separator: "/").first ?? "")"
            case "ref": "ref:\(ref)"
            case "environment": "environment:\(environment ?? "")"
            case "job_workflow_ref": "job_workflow_ref:\(repository)/\(workflow.repositoryPath)@\(ref)"
            case "workflow": "workflow:\(workflow.name ?? workflow.fileName)"
            default: "\(key):*"
            }
        }.joined(separator: ":")
    }

    /// The ref contexts a trigger runs in.
    static func refContexts(of trigger: Trigger, defaultBranch: String) -> [(context: String, ref: String, event: String, reason: String)] {
        let event = trigger.event
        switch event {
        case "pull_request", "pull_request_target":
            return [("pull_request", "*", event, "`\(event)` runs get the `pull_request` subject")]
        case "push":
            // Only the ref kinds the filters name run; with no filter both branches and tags do.
            let branchFiltered = trigger.filters["branches"] != nil || trigger.filters["branches-ignore"] != nil
            let tagFiltered = trigger.filters["tags"] != nil || trigger.filters["tags-ignore"] != nil
            var result: [(String, String, String, String)] = []
            if branchFiltered || !tagFiltered {
                let branches = trigger.patterns("branches").filter { !$0.hasPrefix("!") }
                for branch in branches.isEmpty ? ["*"] : branches {
                    result.append(("ref:refs/heads/\(branch)", "refs/heads/\(branch)", event, branch == "*" ? "`push` to any branch" : "`push` to branch `\(branch)`"))
                }
            }
            if tagFiltered || !branchFiltered {
                let tags = trigger.patterns("tags").filter { !$0.hasPrefix("!") }
                for tag in tags.isEmpty ? ["*"] : tags {
                    result.append(("ref:refs/tags/\(tag)", "refs/tags/\(tag)", event, tag == "*" ? "`push` of any tag" : "`push` of tag `\(tag)`"))
                }
            }
            return result
        case "release", "create", "delete", "registry_package":
            return [("ref:refs/tags/*", "refs/tags/*", event, "`\(event)` runs on a tag")]
        case "workflow_dispatch", "repository_dispatch", "workflow_call", "merge_group", "check_run", "check_suite":
            return [("ref:refs/heads/*", "refs/heads/*", event, "`\(event)` can run on any branch")]
        default:
            let ref = "refs/heads/\(defaultBranch)"
            return [("ref:\(ref)", ref, event, "`\(event)` runs on the default branch `\(defaultBranch)`")]
        }
    }
}
