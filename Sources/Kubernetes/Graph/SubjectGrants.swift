/// What one subject is granted directly (not through its groups): the roles of the
/// ClusterRoleBindings and of the RoleBindings by namespace that name it.
struct SubjectGrants: Sendable {
    /// A binding with the role it resolved to.
    struct Grant: Sendable {
        var binding: RBACBinding
        var role: RBACRole
    }

    /// A rule that allows a probe, with the grant it comes from.
    struct Match: Sendable {
        var grant: Grant
        var rule: PolicyRule

        /// `RoleBinding ci/deploy → ClusterRole edit`.
        var via: String { "\(grant.binding.title) → \(grant.role.title)" }
    }

    var cluster: [Grant] = []
    var namespaced: [String: [Grant]] = [:]

    /// The first rule allowing the request: from ClusterRoleBindings, then (when `namespace` is
    /// given) from RoleBindings in it — the upstream visiting order.
    func firstMatch(_ request: RBACRequest, namespace: String?) -> Match? {
        for grant in cluster {
            for rule in grant.role.rules where RuleMatching.allows(rule, request) { return Match(grant: grant, rule: rule) }
        }
        guard let namespace else { return nil }
        for grant in namespaced[namespace] ?? [] {
            for rule in grant.role.rules where RuleMatching.allows(rule, request) { return Match(grant: grant, rule: rule) }
        }
        return nil
    }

    /// The namespaces a namespaced request may be allowed in: every known one when a
    /// ClusterRoleBinding grants anything, otherwise those of its RoleBindings.
    func candidateNamespaces(known: [String]) -> [String] {
        cluster.isEmpty ? namespaced.keys.sorted() : known
    }
}
