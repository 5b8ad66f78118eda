/// APIs that accept only `*` as their resource: a statement allows (or denies) them only when one
/// of its `resource` entries is `*`; a resource-scoped statement grants nothing on them.
///
/// The table names the CAM, STS, TCR and TKE APIs leastpriv reasons about whose CAM-enabled API
/// pages list the resource as `*` (listing and account-wide operations).
public enum WildcardOnlyActions {
    /// Lowercased `service:Action` names.
    public static let actions: Set<String> = Set([
        "cam:ListUsers", "cam:ListGroups", "cam:ListPolicies", "cam:DescribeRoleList", "cam:CreatePolicy",
        "cam:CreateUser", "cam:AddUser", "cam:CreateGroup", "cam:CreateRole", "cam:ListSAMLProviders",
        "cam:CreateSAMLProvider", "cam:CreateOIDCConfig", "cam:CreateUserOIDCConfig", "cam:UpdateUserOIDCConfig",
        "cam:DescribeUserOIDCConfig", "cam:DescribeSafeAuthFlagColl", "cam:SetMfaFlag", "cam:ListAccessKeys",
        "cam:GetAccountSummary", "cam:ListEntitiesForPolicy",
        "sts:GetCallerIdentity", "sts:GetFederationToken",
        "tcr:DescribeInstances", "tcr:CreateInstance", "tcr:DescribeInstanceStatus", "tcr:DescribeRegions",
        "tke:DescribeClusters", "tke:CreateCluster", "tke:DescribeRegions", "tke:DescribeVersions",
    ].map { $0.lowercased() })

    /// Whether an action accepts only `*`.
    public static func contains(_ action: String) -> Bool {
        actions.contains(CAMActionPattern.removingPrefix(action).lowercased())
    }
}
