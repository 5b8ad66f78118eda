import AccessGraph
import Documents

/// One job with everything worked out about it: its token, its needs and its OIDC subjects.
public struct AnalysedJob: Sendable, Hashable {
    /// The job as read.
    public var job: Job
    /// The token principal's canonical id.
    public var principalID: String
    /// The effective token.
    public var token: EffectiveToken
    /// What it needs from the token.
    public var needs: JobNeeds
    /// The OIDC subjects it can present (empty without `id-token: write`).
    public var subjects: [OIDCSubject]

    /// The capabilities the job holds: its token's (from ``ScopeCapabilities``), plus
    /// `secrets.read` when it reads repository or organisation secrets.
    public var capabilities: [Capability] {
        var result = Set(ScopeCapabilities.capabilities(of: token.permissions))
        if !job.secrets.isEmpty { result.insert(.secretsRead) }
        return result.sorted()
    }

    /// Whether changing the job's code gains anything: a write scope, `id-token: write` or secrets.
    public var isPrivileged: Bool {
        token.permissions.hasWrite || !subjects.isEmpty || !job.secrets.isEmpty
    }

    /// The smallest block that covers the needs (only meaningful when ``JobNeeds/isJudged``).
    public var minimalPermissions: TokenPermissions { needs.needs }
}

/// A workflow with its analysed jobs.
public struct AnalysedWorkflow: Sendable, Hashable {
    /// The workflow as read.
    public var workflow: Workflow
    /// Its jobs, in file order.
    public var jobs: [AnalysedJob]
}

/// What the GitHub importer leaves for checks: every workflow analysed and every export read.
public struct GitHubModel: Sendable {
    /// The workflows.
    public var workflows: [AnalysedWorkflow]
    /// The organisation exports.
    public var exports: [OrganizationExport]

    /// Makes a model.
    public init(workflows: [AnalysedWorkflow] = [], exports: [OrganizationExport] = []) {
        self.workflows = workflows
        self.exports = exports
    }

    /// The analysed job with this principal id, if any.
    public func job(_ principalID: String) -> AnalysedJob? {
        for workflow in workflows {
            if let job = workflow.jobs.first(where: { $0.principalID == principalID }) { return job }
        }
        return nil
    }
}

/// Our table from token scopes to the capabilities of DESIGN §4.
public enum ScopeCapabilities {
    /// `(scope, level, capability, why)`.
    public static let table: [(scope: TokenScope, level: AccessLevel, capability: Capability, reason: String)] = [
        (.contents, .write, .codeWrite, "`contents: write` pushes commits, tags and releases"),
        (.packages, .write, .registryPush, "`packages: write` publishes to GitHub Packages"),
        (.actions, .write, .pipelineRun, "`actions: write` starts, re-runs and cancels workflows"),
        (.contents, .read, .dataRead, "`contents: read` reads the repository"),
    ]

    /// The capabilities a token gives, sorted.
    public static func capabilities(of permissions: TokenPermissions) -> [Capability] {
        Set(table.filter { permissions.grants($0.scope, $0.level) }.map(\.capability)).sorted()
    }
}
