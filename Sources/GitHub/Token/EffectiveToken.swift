import Documents

/// A job's effective `GITHUB_TOKEN`, with each step of how it was worked out.
public struct EffectiveToken: Sendable, Hashable {
    /// What the token holds in runs not from a fork (the most it can hold).
    public var permissions: TokenPermissions
    /// What it holds in a run for a pull request from a fork, when the workflow runs on such
    /// events (read-only, no `id-token`).
    public var forkPullRequest: TokenPermissions?
    /// Where the deciding `permissions:` block is written, nil when the default decided.
    public var decidingBlock: PermissionsBlock?
    /// Whether the deciding block is the workflow-level one.
    public var decidedAtWorkflowLevel: Bool
    /// The default setting in force (assumed or exported).
    public var defaultSetting: DefaultTokenSetting
    /// The reusable-workflow caller whose token capped this one, if any.
    public var cappedByCaller: String?
    /// Each step of the computation, in order, in one line each.
    public var explanation: [String]

    /// Whether the default setting decided the token (no block anywhere).
    public var comesFromDefault: Bool { decidingBlock == nil && cappedByCaller == nil }
}
