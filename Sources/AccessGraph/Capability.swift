/// The cross-provider vocabulary that analyses speak: what a permission lets its holder do.
///
/// Each provider maps its actions to capabilities with a documented, tested table.
public enum Capability: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// Everything (`*` on `*`, cluster-admin, AdministratorAccess).
    case admin
    /// Change who can do what (attach policies, RBAC bind/escalate, repository admin).
    case identityAdmin = "identity.admin"
    /// Become another principal (`sts:AssumeRole`, `impersonate`, service account tokens).
    case identityAssume = "identity.assume"
    /// Mint credentials for someone (`iam:CreateAccessKey`, registry tokens).
    case credentialsCreate = "credentials.create"
    /// Read secrets.
    case secretsRead = "secrets.read"
    /// Publish images or packages.
    case registryPush = "registry.push"
    /// Change registry policy, visibility or replication.
    case registryAdmin = "registry.admin"
    /// Change what a pipeline runs.
    case pipelineModify = "pipeline.modify"
    /// Start a pipeline with your inputs.
    case pipelineRun = "pipeline.run"
    /// Push code.
    case codeWrite = "code.write"
    /// Run code in the environment.
    case workloadRun = "workload.run"
    /// Stop or delete audit logs.
    case auditTamper = "audit.tamper"
    /// Read stored data.
    case dataRead = "data.read"
    /// Write stored data.
    case dataWrite = "data.write"

    /// One line on what the capability means, for reports and `--help`.
    public var meaning: String {
        switch self {
        case .admin: "everything"
        case .identityAdmin: "change who can do what"
        case .identityAssume: "become another principal"
        case .credentialsCreate: "mint credentials for someone"
        case .secretsRead: "read secrets"
        case .registryPush: "publish images or packages"
        case .registryAdmin: "change registry policy, visibility or replication"
        case .pipelineModify: "change what a pipeline runs"
        case .pipelineRun: "start a pipeline with your inputs"
        case .codeWrite: "push code"
        case .workloadRun: "run code in the environment"
        case .auditTamper: "stop or delete audit logs"
        case .dataRead: "read stored data"
        case .dataWrite: "write stored data"
        }
    }

    public static func < (lhs: Capability, rhs: Capability) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
