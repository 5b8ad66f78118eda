import AccessGraph

/// The Kubernetes capability table: which capabilities a rule gives, decided by asking the rule
/// the requests that exercise each capability (so `*`, `*/subresource` and resourceNames count
/// exactly as the authorizer counts them).
///
/// | capability | a rule that allows any of |
/// |---|---|
/// | `admin` | `*` verbs on `*` resources in `*` groups |
/// | `secrets.read` | `get`, `list` or `watch` on `secrets` (core group) |
/// | `workload.run` | `create` on `pods`, workload controllers (`deployments`, `replicasets`, `statefulsets`, `daemonsets` in `apps`; `jobs`, `cronjobs` in `batch`; `replicationcontrollers`), or `create` on `pods/exec`, `pods/attach` |
/// | `identity.admin` | `bind` or `escalate` on `roles`/`clusterroles`; `create`, `update` or `patch` on `rolebindings`/`clusterrolebindings` (`rbac.authorization.k8s.io`) |
/// | `identity.assume` | `impersonate` on `users`, `groups` or `serviceaccounts` (core group) |
/// | `credentials.create` | `create` on `serviceaccounts/token`, or on `certificatesigningrequests` (`certificates.k8s.io`) |
public enum KubernetesCapabilities {
    /// A request that exercises a capability, with any name.
    struct Probe: Sendable {
        var verb: String
        var group: String
        var resource: String
        var subresource: String = ""
    }

    /// The probes of each capability.
    static let probes: [(Capability, [Probe])] = [
        (.secretsRead, ["get", "list", "watch"].map { Probe(verb: $0, group: "", resource: "secrets") }),
        (.workloadRun, [
            Probe(verb: "create", group: "", resource: "pods"),
            Probe(verb: "create", group: "", resource: "replicationcontrollers"),
            Probe(verb: "create", group: "apps", resource: "deployments"),
            Probe(verb: "create", group: "apps", resource: "replicasets"),
            Probe(verb: "create", group: "apps", resource: "statefulsets"),
            Probe(verb: "create", group: "apps", resource: "daemonsets"),
            Probe(verb: "create", group: "batch", resource: "jobs"),
            Probe(verb: "create", group: "batch", resource: "cronjobs"),
            Probe(verb: "create", group: "", resource: "pods", subresource: "exec"),
            Probe(verb: "create", group: "", resource: "pods", subresource: "attach"),
        ]),
        (.identityAdmin, ["bind", "escalate"].flatMap { verb in
            ["roles", "clusterroles"].map { Probe(verb: verb, group: "rbac.authorization.k8s.io", resource: $0) }
        } + ["create", "update", "patch"].flatMap { verb in
            ["rolebindings", "clusterrolebindings"].map { Probe(verb: verb, group: "rbac.authorization.k8s.io", resource: $0) }
        }),
        (.identityAssume, ["users", "groups", "serviceaccounts"].map { Probe(verb: "impersonate", group: "", resource: $0) }),
        (.credentialsCreate, [
            Probe(verb: "create", group: "", resource: "serviceaccounts", subresource: "token"),
            Probe(verb: "create", group: "certificates.k8s.io", resource: "certificatesigningrequests"),
        ]),
    ]

    /// The capabilities a rule gives. A rule limited to resourceNames still counts: it gives the
    /// capability over the objects it names.
    public static func capabilities(of rule: PolicyRule) -> Set<Capability> {
        var result: Set<Capability> = []
        if isEverything(rule) { result.insert(.admin) }
        for (capability, probes) in probes {
            let name = rule.resourceNames.first ?? ""
            if probes.contains(where: { probe in
                RuleMatching.allows(rule, .resource(
                    user: "", groups: [], verb: probe.verb, apiGroup: probe.group, resource: probe.resource,
                    subresource: probe.subresource, name: name))
            }) {
                result.insert(capability)
            }
        }
        return result
    }

    /// Whether a rule allows every verb on every resource of every group.
    public static func isEverything(_ rule: PolicyRule) -> Bool {
        rule.verbs.contains("*") && rule.apiGroups.contains("*") && rule.resources.contains("*") && rule.resourceNames.isEmpty
    }
}
