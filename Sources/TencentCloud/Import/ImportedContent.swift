import AccessGraph
import Documents

/// What one document contributed: merged only when the whole document imports.
struct ImportedContent {
    var model = TencentCloudModel()
    var fragment = GraphFragment()
    var warnings: [InputError] = []
    /// Owner uins seen, for linking trust policies.
    var owners: Set<String> = []

    mutating func addPolicy(_ policy: CAMPolicy) {
        if model.policies[policy.id] == nil {
            model.policies[policy.id] = policy
            fragment.policies.append(policy.graphPolicy)
        }
    }

    mutating func addPrincipal(_ principal: Principal) {
        fragment.principals.append(principal)
    }
}
