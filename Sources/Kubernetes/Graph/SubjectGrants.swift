/// What one subject is granted directly (not through its groups): the roles of the
/// ClusterRoleBindings and of the RoleBindings by namespace that name it.
struct SubjectGrants: Sendable {
    /// A binding with the role it resolved to (a reference: grants are passed around a lot).
    final class Grant: Sendable {
        let binding: RBACBinding
        let role: RBACRole

        init(binding: RBACBinding, role: RBACRole) {
            self.binding = binding
            self.role = role
        }
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
        if let match = firstClusterMatch(request) { return match }
        return namespace.flatMap { firstNamespaceMatch(request, namespace: $0) }
    }

    /// The first rule of a ClusterRoleBinding allowing the request.
    func firstClusterMatch(_ request: RBACRequest) -> Match? {
        for grant in cluster {
            for rule in grant.role.rules where RuleMatching.allows(rule, request) { return Match(grant: grant, rule: rule) }
        }
        return nil
    }

    /// The first rule of a RoleBinding in `namespace` allowing the request.
    func firstNamespaceMatch(_ request: RBACRequest, namespace: String) -> Match? {
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
