/// Works out each job's effective `GITHUB_TOKEN`: repository/organisation default → workflow
/// block → job block → fork pull-request downgrade → reusable-workflow caller cap.
///
/// - A job block replaces the workflow block, which replaces the default; each block gives
///   `none` to every scope it does not list.
/// - Runs for pull requests from forks (`pull_request`, `pull_request_review`,
///   `pull_request_review_comment`) get at most read access and no `id-token`, whatever the
///   blocks say; `pull_request_target` and `workflow_run` run in the base repository and keep
///   their grants.
/// - A called reusable workflow without blocks inherits the caller job's token; with blocks it
///   gets them capped by the caller's token (a callee can only lower the permissions).
public struct WorkflowTokenModel: Sendable {
    /// Makes the model.
    public init() {}

    /// The token of `job` in `workflow`, under `defaultSetting`, when called by a job holding
    /// `caller` (nil when the workflow runs on its own events).
    public func token(of job: Job, in workflow: Workflow, defaultSetting: DefaultTokenSetting, caller: (id: String, token: EffectiveToken)? = nil) -> EffectiveToken {
        var explanation: [String] = []
        var permissions: TokenPermissions
        var deciding: PermissionsBlock?
        var workflowLevel = false
        if let block = job.permissions {
            permissions = block.permissions
            deciding = block
            explanation.append("job `\(job.id)` sets `permissions:` (\(permissions)) at \(block.location)")
        } else if let block = workflow.permissions {
            permissions = block.permissions
            deciding = block
            workflowLevel = true
            explanation.append("the workflow sets `permissions:` (\(permissions)) at \(block.location)")
        } else if let caller {
            permissions = caller.token.permissions
            explanation.append("no `permissions:` block: inherits the token of the calling job `\(caller.id)` (\(permissions))")
        } else if workflow.isReusableOnly {
            permissions = defaultSetting.permissions
            explanation.append("no `permissions:` block in a called workflow: it holds its caller's token, and no caller is among the inputs, so the default is shown: \(defaultSetting.explanation) (\(permissions))")
        } else {
            permissions = defaultSetting.permissions
            explanation.append("no `permissions:` block: \(defaultSetting.explanation) (\(permissions))")
        }
        var cappedBy: String?
        if let caller, deciding != nil {
            let capped = permissions.capped(by: caller.token.permissions)
            if capped != permissions {
                explanation.append("capped by the calling job `\(caller.id)` (\(caller.token.permissions)) to \(capped)")
            }
            permissions = capped
            cappedBy = caller.id
        } else if caller != nil {
            cappedBy = caller?.id
        }
        var fork: TokenPermissions?
        let forkEvents = workflow.triggers.map(\.event).filter(Trigger.forkDowngradedEvents.contains)
        if caller == nil, !forkEvents.isEmpty {
            fork = permissions.capped(by: .forkPullRequestMaximum)
            explanation.append("runs for pull requests from forks (`\(forkEvents.joined(separator: "`, `"))`) get at most \(fork ?? .empty)")
        }
        return EffectiveToken(
            permissions: permissions, forkPullRequest: fork ?? caller?.token.forkPullRequest.map { permissions.capped(by: $0) },
            decidingBlock: deciding, decidedAtWorkflowLevel: workflowLevel,
            defaultSetting: defaultSetting, cappedByCaller: cappedBy, explanation: explanation)
    }
}
