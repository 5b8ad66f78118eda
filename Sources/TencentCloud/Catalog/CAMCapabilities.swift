import AccessGraph

/// The capability table for Tencent Cloud actions (`docs/tencentcloud.md` prints it).
///
/// Each entry maps one API (`service:Action`, compared without regard to case) to the
/// capabilities it gives; a pattern (`cam:*`, `*`) gives the capabilities of every listed API it
/// matches, and `*` on its own is `admin`.
public enum CAMCapabilities {
    /// The table, in documentation order.
    public static let table: [(action: String, capabilities: [Capability])] = [
        // CAM: who can do what.
        ("cam:AttachUserPolicy", [.identityAdmin]), ("cam:AttachGroupPolicy", [.identityAdmin]),
        ("cam:AttachRolePolicy", [.identityAdmin]), ("cam:AttachPolicies", [.identityAdmin]),
        ("cam:AttachSelfPolicy", [.identityAdmin]), ("cam:DetachUserPolicy", [.identityAdmin]),
        ("cam:DetachGroupPolicy", [.identityAdmin]), ("cam:DetachRolePolicy", [.identityAdmin]),
        ("cam:CreatePolicy", [.identityAdmin]), ("cam:UpdatePolicy", [.identityAdmin]),
        ("cam:CreatePolicyVersion", [.identityAdmin]), ("cam:SetDefaultPolicyVersion", [.identityAdmin]),
        ("cam:DeletePolicy", [.identityAdmin]), ("cam:AddUserToGroup", [.identityAdmin]),
        ("cam:UpdateAssumeRolePolicy", [.identityAdmin]), ("cam:CreateRole", [.identityAdmin]),
        ("cam:AddUser", [.identityAdmin]), ("cam:CreateUser", [.identityAdmin]),
        ("cam:PutUserPermissionsBoundary", [.identityAdmin]), ("cam:DeleteUserPermissionsBoundary", [.identityAdmin]),
        ("cam:PutRolePermissionsBoundary", [.identityAdmin]), ("cam:DeleteRolePermissionsBoundary", [.identityAdmin]),
        ("cam:CreateOIDCConfig", [.identityAdmin]), ("cam:UpdateOIDCConfig", [.identityAdmin]),
        ("cam:CreateUserOIDCConfig", [.identityAdmin]), ("cam:UpdateUserOIDCConfig", [.identityAdmin]),
        ("cam:CreateSAMLProvider", [.identityAdmin]), ("cam:UpdateSAMLProvider", [.identityAdmin]),
        ("cam:SetMfaFlag", [.identityAdmin]), ("cam:UpdateRoleConsoleLogin", [.identityAdmin]),
        // CAM: credentials for someone else.
        ("cam:CreateAccessKey", [.credentialsCreate]), ("cam:UpdateAccessKey", [.credentialsCreate]),
        ("cam:UpdateUser", [.credentialsCreate]),
        // Becoming another principal.
        ("sts:AssumeRole", [.identityAssume]), ("sts:AssumeRoleWithWebIdentity", [.identityAssume]),
        ("sts:AssumeRoleWithSAML", [.identityAssume]), ("cam:PassRole", [.identityAssume]),
        ("tke:AcquireClusterAdminRole", [.identityAssume]),
        // Registry.
        ("tcr:PushRepository", [.registryPush]), ("tcr:PushRepositoryPersonal", [.registryPush]),
        ("tcr:CreateRepository", [.registryPush]), ("tcr:ModifyNamespace", [.registryAdmin]),
        ("tcr:CreateNamespace", [.registryAdmin]), ("tcr:ModifyRepositoryAccessPersonal", [.registryAdmin]),
        ("tcr:ModifyInstance", [.registryAdmin]), ("tcr:ManageReplication", [.registryAdmin]),
        ("tcr:ModifySecurityPolicy", [.registryAdmin]), ("tcr:CreateSecurityPolicy", [.registryAdmin]),
        ("tcr:DeleteRepository", [.registryAdmin]), ("tcr:DeleteImage", [.registryAdmin]),
        ("tcr:CreateInstanceToken", [.credentialsCreate]), ("tcr:CreateServiceAccount", [.credentialsCreate]),
        ("tcr:ModifyServiceAccount", [.credentialsCreate]), ("tcr:ModifyServiceAccountPassword", [.credentialsCreate]),
        ("tcr:PullRepository", [.dataRead]),
        // Kubernetes and compute.
        ("tke:DescribeClusterKubeconfig", [.secretsRead]), ("tke:DescribeClusterSecurity", [.secretsRead]),
        ("tke:CreateClusterInstances", [.workloadRun]), ("cvm:RunInstances", [.workloadRun]),
        ("scf:CreateFunction", [.workloadRun]), ("scf:UpdateFunctionCode", [.workloadRun]),
        ("tat:RunCommand", [.workloadRun]), ("tat:InvokeCommand", [.workloadRun]),
        // Secrets and data.
        ("ssm:GetSecretValue", [.secretsRead]), ("kms:Decrypt", [.secretsRead]),
        ("cos:GetObject", [.dataRead]), ("cos:PutObject", [.dataWrite]), ("cos:DeleteObject", [.dataWrite]),
        ("cos:PutBucketPolicy", [.dataWrite]), ("cos:PutBucketACL", [.dataWrite]),
        // Audit.
        ("cloudaudit:StopLogging", [.auditTamper]), ("cloudaudit:DeleteAudit", [.auditTamper]),
        ("cloudaudit:ModifyAuditTrack", [.auditTamper]), ("cloudaudit:DeleteAuditTrack", [.auditTamper]),
        ("cloudaudit:StopAuditTrack", [.auditTamper]), ("cls:DeleteTopic", [.auditTamper]), ("cls:DeleteLogset", [.auditTamper]),
    ]

    private static let index: [String: [Capability]] = Dictionary(table.map { ($0.action.lowercased(), $0.capabilities) }) { $0 + $1 }

    /// The capabilities an API gives (`cam:AttachUserPolicy` → identity.admin); empty when unlisted.
    public static func capabilities(ofAction action: String) -> [Capability] {
        index[CAMActionPattern.removingPrefix(action).lowercased()] ?? []
    }

    /// The capabilities an `action` pattern gives: `*` is `admin` plus everything; `cam:*` the
    /// union of every listed CAM API's.
    public static func capabilities(ofPattern pattern: CAMActionPattern) -> Set<Capability> {
        var result: Set<Capability> = []
        if pattern.matchesEverything { result.insert(.admin) }
        for entry in table where pattern.matches(entry.action) { result.formUnion(entry.capabilities) }
        return result
    }

    /// The listed APIs that give a capability.
    public static func actions(giving capability: Capability) -> [String] {
        table.filter { $0.capabilities.contains(capability) }.map(\.action)
    }
}
