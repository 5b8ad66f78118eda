/// APIs that accept only `*` as their resource: a statement allows (or denies) them only when one
/// of its `resource` entries is `*`; a resource-scoped statement grants nothing on them.
///
/// The table names the CAM, STS, TCR and TKE listing and account-wide APIs (the ones the export
/// script calls to enumerate an account), which act on no single resource. It is kept short on
/// purpose: listing an API that does take a resource would turn a scoped allow into a deny.
public enum WildcardOnlyActions {
    /// Lowercased `service:Action` names.
    public static let actions: Set<String> = Set([
        "cam:ListUsers", "cam:ListGroups", "cam:ListPolicies", "cam:DescribeRoleList", "cam:ListSAMLProviders",
        "cam:GetAccountSummary",
        "sts:GetCallerIdentity",
        "tcr:DescribeInstances", "tcr:DescribeRegions",
        "tke:DescribeClusters", "tke:DescribeRegions", "tke:DescribeVersions",
    ].map { $0.lowercased() })

    /// Whether an action accepts only `*`.
    public static func contains(_ action: String) -> Bool {
        actions.contains(CAMActionPattern.removingPrefix(action).lowercased())
    }
}
