import AccessGraph
import Documents

/// The Kubernetes escalation techniques, each an `escalates(technique:)` edge from a subject to
/// whom it can become, with the binding, role and rule that allow it.
///
/// Cluster takeovers lead to the group `system:masters` (allowed everything by the API server);
/// node escapes to the group `system:nodes` (the kubelet's credentials). A subject's own grants
/// are considered (grants through its groups reach it by the group's edges).
struct EscalationTechniques {
    /// Technique names, as written in edge kinds.
    enum Technique: String, CaseIterable {
        case createWorkload = "k8s-create-workload"
        case nodeEscape = "k8s-privileged-pod-node-escape"
        case readSecrets = "k8s-read-secrets"
        case createTokenSecret = "k8s-create-token-secret"
        case serviceAccountToken = "k8s-serviceaccount-token"
        case podExec = "k8s-pod-exec"
        case nodesProxy = "k8s-nodes-proxy"
        case rbacEscalate = "k8s-rbac-escalate-bind"
        case impersonate = "k8s-impersonate"
        case awsAuthWrite = "k8s-aws-auth-write"
        case certificateSigning = "k8s-csr-approve"
        case admissionWebhook = "k8s-mutating-webhook"
    }

    let builder: ClusterGraphBuilder
    var edges: [Edge] = []
    var addedPrincipals: [PrincipalID: Principal] = [:]
    /// Cluster-wide answers of the current subject, by request: they are the same in every
    /// namespace, so each is computed once.
    private var clusterAnswers: [RBACRequest: SubjectGrants.Match?] = [:]
    /// The same for the fixed namespaced probes, by slot (`nil`: not asked yet).
    private var slotAnswers: [SubjectGrants.Match??] = []
    /// The same for probes naming a service account, by probe and account name.
    private var namedAnswers: [String: SubjectGrants.Match?] = [:]
    /// Subjects that already have their node-escape edge (one is enough: the first namespace).
    private var escapedToNodes: Set<PrincipalID> = []

    init(builder: ClusterGraphBuilder) {
        self.builder = builder
    }

    private var cluster: ClusterModel { builder.cluster }

    mutating func addEdges() {
        let known = builder.knownNamespaces
        for subject in builder.grants.keys.sorted() {
            guard let grants = builder.grants[subject] else { continue }
            clusterAnswers.removeAll(keepingCapacity: true)
            namedAnswers.removeAll(keepingCapacity: true)
            slotAnswers = Array(repeating: nil, count: Self.slotCount)
            let namespaces = Self.clusterGrantsAreInert(grants) ? grants.namespaced.keys.sorted() : grants.candidateNamespaces(known: known)
            for namespace in namespaces {
                namespacedTechniques(subject, grants, namespace)
            }
            clusterTechniques(subject, grants)
        }
    }

    // MARK: probes

    /// Whether the subject's ClusterRoleBindings give no namespaced technique in any namespace:
    /// no rule names objects, and none allows a namespaced probe. Then only the namespaces of its
    /// RoleBindings need looking at.
    static func clusterGrantsAreInert(_ grants: SubjectGrants) -> Bool {
        guard grants.cluster.allSatisfy({ $0.role.rules.allSatisfy { $0.resourceNames.isEmpty } }) else { return false }
        let probes = workloadRequests + secretRequests + execRequests + bindRequests.flatMap { [$0.0, $0.1] }
            + [request("create", "", "serviceaccounts", "token"), request("impersonate", "", "serviceaccounts")]
        return probes.allSatisfy { grants.firstClusterMatch($0) == nil }
    }

    private static func request(_ verb: String, _ group: String, _ resource: String, _ subresource: String = "", name: String = "", namespace: String = "") -> RBACRequest {
        .resource(user: "", groups: [], verb: verb, apiGroup: group, resource: resource, subresource: subresource, name: name, namespace: namespace)
    }

    /// The first rule allowing a request in a scope: cluster-wide answers are cached per subject.
    private mutating func match(_ grants: SubjectGrants, _ request: RBACRequest, namespace: String?) -> SubjectGrants.Match? {
        var key = request
        key.namespace = ""
        let cluster: SubjectGrants.Match?
        if let known = clusterAnswers[key] {
            cluster = known
        } else {
            cluster = grants.firstClusterMatch(request)
            clusterAnswers[key] = .some(cluster)
        }
        if let cluster { return cluster }
        return namespace.flatMap { grants.firstNamespaceMatch(request, namespace: $0) }
    }

    /// The first rule allowing a fixed probe (its slot numbers the cache).
    private mutating func match(_ grants: SubjectGrants, slot: Int, _ request: RBACRequest, namespace: String) -> SubjectGrants.Match? {
        if !grants.cluster.isEmpty {
            let cluster: SubjectGrants.Match?
            if let known = slotAnswers[slot] {
                cluster = known
            } else {
                cluster = grants.firstClusterMatch(request)
                slotAnswers[slot] = .some(cluster)
            }
            if let cluster { return cluster }
        }
        return grants.firstNamespaceMatch(request, namespace: namespace)
    }

    /// The first rule allowing a probe that names an account, cached by `key`.
    private mutating func match(_ grants: SubjectGrants, key: String, _ request: RBACRequest, namespace: String) -> SubjectGrants.Match? {
        if !grants.cluster.isEmpty {
            let cluster: SubjectGrants.Match?
            if let known = namedAnswers[key] {
                cluster = known
            } else {
                cluster = grants.firstClusterMatch(request)
                namedAnswers[key] = .some(cluster)
            }
            if let cluster { return cluster }
        }
        return grants.firstNamespaceMatch(request, namespace: namespace)
    }

    /// The first of fixed probes, numbered from `firstSlot`, that the grants allow in a namespace.
    private mutating func firstMatch(_ grants: SubjectGrants, _ requests: [RBACRequest], firstSlot: Int, namespace: String) -> (RBACRequest, SubjectGrants.Match)? {
        for (offset, request) in requests.enumerated() {
            if let found = match(grants, slot: firstSlot + offset, request, namespace: namespace) { return (request, found) }
        }
        return nil
    }

    /// Cache slots of the fixed namespaced probes.
    static let secretSlot = workloadRequests.count
    static let execSlot = secretSlot + secretRequests.count
    static let bindSlot = execSlot + execRequests.count
    static let createSecretSlot = bindSlot + 2 * bindRequests.count
    static let slotCount = createSecretSlot + 1
    /// Creating a secret (of type `kubernetes.io/service-account-token`, which the token
    /// controller fills for the account it names).
    static let createSecretRequest = request("create", "", "secrets")

    /// The first of several requests that the grants allow in a scope.
    private mutating func firstMatch(_ grants: SubjectGrants, _ requests: [RBACRequest], namespace: String?) -> (RBACRequest, SubjectGrants.Match)? {
        for request in requests {
            if let found = match(grants, request, namespace: namespace) { return (request, found) }
        }
        return nil
    }

    private func request(_ verb: String, _ group: String, _ resource: String, _ subresource: String = "", name: String = "", namespace: String = "") -> RBACRequest {
        Self.request(verb, group, resource, subresource, name: name, namespace: namespace)
    }

    /// The workload probes: create pods, create/update/patch the controllers.
    static let workloadRequests: [RBACRequest] = {
        var requests = [request("create", "", "pods")]
        let controllers = [("", "replicationcontrollers"), ("apps", "deployments"), ("apps", "replicasets"), ("apps", "statefulsets"), ("apps", "daemonsets"), ("batch", "jobs"), ("batch", "cronjobs")]
        for verb in ["create", "update", "patch"] {
            requests += controllers.map { request(verb, $0.0, $0.1) }
        }
        return requests
    }()

    /// Reading secrets.
    static let secretRequests = ["list", "watch", "get"].map { request($0, "", "secrets") }

    /// Running commands in existing pods (`get` is the websocket path older API servers accept).
    static let execRequests = [
        request("create", "", "pods", "exec"), request("get", "", "pods", "exec"),
        request("create", "", "pods", "attach"), request("get", "", "pods", "attach"),
        request("patch", "", "pods", "ephemeralcontainers"), request("update", "", "pods", "ephemeralcontainers"),
    ]

    /// Pairs that together grant any permission in a namespace.
    static let bindRequests = [
        (request("bind", "rbac.authorization.k8s.io", "clusterroles"), request("create", "rbac.authorization.k8s.io", "rolebindings")),
        (request("bind", "rbac.authorization.k8s.io", "roles"), request("create", "rbac.authorization.k8s.io", "rolebindings")),
        (request("escalate", "rbac.authorization.k8s.io", "roles"), request("update", "rbac.authorization.k8s.io", "roles")),
        (request("escalate", "rbac.authorization.k8s.io", "roles"), request("patch", "rbac.authorization.k8s.io", "roles")),
    ]

    // MARK: namespaced techniques

    private mutating func namespacedTechniques(_ subject: PrincipalID, _ grants: SubjectGrants, _ namespace: String) {
        let accounts = builder.serviceAccounts(in: namespace)
        if let (probe, match) = firstMatch(grants, Self.workloadRequests, firstSlot: 0, namespace: namespace) {
            for account in accounts where account != subject {
                add(subject, account, .createWorkload, match,
                    "`\(probe.verb) \(probe.resource)` in namespace `\(namespace)` (\(match.via)) runs a pod as service account `\(account)`")
            }
            if cluster.namespaces[namespace]?.forbidsNodeEscape != true, escapedToNodes.insert(subject).inserted {
                add(subject, target(group: "system:nodes"), .nodeEscape, match,
                    "`\(probe.verb) \(probe.resource)` in namespace `\(namespace)` (\(match.via)) runs a privileged or hostPath pod, and no Pod Security Admission level there forbids it, so it reaches its node's kubelet credentials")
            }
        }
        if let (probe, match) = firstMatch(grants, Self.secretRequests, firstSlot: Self.secretSlot, namespace: namespace) {
            let create = self.match(grants, slot: Self.createSecretSlot, Self.createSecretRequest, namespace: namespace)
            for account in accounts where account != subject {
                if let create {
                    add(subject, account, .createTokenSecret, create,
                        "`create secrets` and `\(probe.verb) secrets` in namespace `\(namespace)` (\(create.via)) make a service-account-token secret for `\(account)` and read the token the controller puts in it")
                    continue
                }
                add(subject, account, .readSecrets, match,
                    "`\(probe.verb) secrets` in namespace `\(namespace)` (\(match.via)) reads the service-account token secrets of `\(account)`",
                    conditions: [Condition(operation: "exists", key: "kubernetes.io/service-account-token secret", values: [account.rawValue])])
            }
        }
        for (account, accountName) in zip(accounts, builder.accountNames(in: namespace)) where account != subject {
            let identity = (name: accountName, namespace: namespace)
            let tokenRequest = request("create", "", "serviceaccounts", "token", name: identity.name)
            if let found = match(grants, key: "token:" + identity.name, tokenRequest, namespace: namespace) {
                add(subject, account, .serviceAccountToken, found,
                    "`create serviceaccounts/token` for `\(identity.name)` in namespace `\(namespace)` (\(found.via)) mints its token")
            }
            let impersonation = request("impersonate", "", "serviceaccounts", name: identity.name, namespace: namespace)
            if let found = match(grants, key: "impersonate:" + identity.name, impersonation, namespace: namespace) {
                add(subject, account, .impersonate, found,
                    "`impersonate serviceaccounts` `\(identity.name)` in namespace `\(namespace)` (\(found.via)) acts as it")
            }
        }
        if let (probe, match) = firstMatch(grants, Self.execRequests, firstSlot: Self.execSlot, namespace: namespace) {
            for account in runningAccounts(in: namespace) where account != subject {
                add(subject, account, .podExec, match,
                    "`\(probe.verb) pods/\(probe.subresource)` in namespace `\(namespace)` (\(match.via)) runs commands in a pod that mounts the token of `\(account)`")
            }
        }
        for (index, (first, second)) in Self.bindRequests.enumerated() {
            let slot = Self.bindSlot + 2 * index
            guard let found = match(grants, slot: slot, first, namespace: namespace),
                match(grants, slot: slot + 1, second, namespace: namespace) != nil else { continue }
            for account in accounts where account != subject {
                add(subject, account, .rbacEscalate, found,
                    "`\(first.verb) \(first.resource)` with `\(second.verb) \(second.resource)` in namespace `\(namespace)` (\(found.via)) grants itself any permission there, including running pods as `\(account)`")
            }
            break
        }
    }

    /// Service accounts whose token is mounted in a pod or workload of the namespace.
    private func runningAccounts(in namespace: String) -> [PrincipalID] {
        builder.runningAccountsByNamespace[namespace] ?? []
    }

    // MARK: cluster-wide techniques

    private mutating func clusterTechniques(_ subject: PrincipalID, _ grants: SubjectGrants) {
        let masters = target(group: RBACAuthorizer.privilegedGroup)
        let rbac = "rbac.authorization.k8s.io"
        let takeovers: [(Technique, [RBACRequest], [RBACRequest], String)] = [
            (.rbacEscalate, [request("bind", rbac, "clusterroles")], [request("create", rbac, "clusterrolebindings")],
             "binds any ClusterRole, cluster-admin included, cluster-wide"),
            (.rbacEscalate, [request("escalate", rbac, "clusterroles")], [request("update", rbac, "clusterroles"), request("patch", rbac, "clusterroles")],
             "adds any permission to the ClusterRoles it holds"),
            (.impersonate, [request("impersonate", "", "groups", name: RBACAuthorizer.privilegedGroup)], [],
             "impersonates group `system:masters`"),
            (.awsAuthWrite, [request("update", "", "configmaps", name: "aws-auth", namespace: "kube-system"), request("patch", "", "configmaps", name: "aws-auth", namespace: "kube-system")], [],
             "rewrites `kube-system/aws-auth`, mapping any IAM identity to `system:masters` on EKS"),
            (.admissionWebhook, ["create", "update", "patch"].map { request($0, "admissionregistration.k8s.io", "mutatingwebhookconfigurations") }, [],
             "registers a mutating admission webhook that rewrites every object, pods in kube-system included"),
        ]
        for (technique, firsts, seconds, effect) in takeovers {
            let namespace = technique == .awsAuthWrite ? "kube-system" : nil
            guard let (probe, match) = firstMatch(grants, firsts, namespace: namespace) else { continue }
            if !seconds.isEmpty && firstMatch(grants, seconds, namespace: namespace) == nil { continue }
            add(subject, masters, technique, match, "`\(probe.verb) \(probe.resource)` (\(match.via)) \(effect)")
        }
        impersonation(subject, grants)
        let certificates = "certificates.k8s.io"
        let signers = ["kubernetes.io/kube-apiserver-client", "kubernetes.io/*"].map { request("approve", certificates, "signers", name: $0) }
        if let create = match(grants, request("create", certificates, "certificatesigningrequests"), namespace: nil),
            match(grants, request("update", certificates, "certificatesigningrequests", "approval"), namespace: nil) != nil,
            firstMatch(grants, signers, namespace: nil) != nil {
            add(subject, masters, .certificateSigning, create,
                "`create`, approve and sign `certificatesigningrequests` for `kubernetes.io/kube-apiserver-client` (\(create.via)) issues a client certificate in group `system:masters`")
        }
        for verb in ["get", "create"] {
            guard let found = match(grants, request(verb, "", "nodes", "proxy"), namespace: nil) else { continue }
            for namespace in builder.knownNamespaces {
                for account in runningAccounts(in: namespace) where account != subject {
                    add(subject, account, .nodesProxy, found,
                        "`\(verb) nodes/proxy` (\(found.via)) runs commands through the kubelet in a pod that mounts the token of `\(account)`")
                }
            }
            break
        }
    }

    /// Impersonating users and groups is checked cluster-wide (they are not namespaced), per
    /// name, so resourceNames limit it: an edge to each user and group of the inputs it may act as.
    private mutating func impersonation(_ subject: PrincipalID, _ grants: SubjectGrants) {
        guard grants.cluster.contains(where: { $0.role.rules.contains { RuleMatching.verbMatches($0, "impersonate") } }) else { return }
        for principal in builder.principals.values.sorted(by: { $0.id < $1.id }) where principal.id != subject {
            let resource: String
            switch principal.kind {
            case .user: resource = "users"
            case .group where principal.displayName != RBACAuthorizer.privilegedGroup: resource = "groups"
            default: continue
            }
            guard let identity = KubernetesIdentity(id: principal.id.rawValue),
                let found = grants.firstClusterMatch(request("impersonate", "", resource, name: identity.name)) else { continue }
            add(subject, principal.id, .impersonate, found,
                "`impersonate \(resource)` `\(identity.name)` (\(found.via)) acts as it")
        }
    }

    // MARK: edges

    /// The group principal a technique leads to, added if the inputs did not name it.
    private mutating func target(group: String) -> PrincipalID {
        let identity = builder.identity(.group, group)
        let id = PrincipalID(identity.id)
        if builder.principals[id] == nil && addedPrincipals[id] == nil {
            addedPrincipals[id] = ClusterGraphBuilder.principal(identity, at: FileLocation(file: ""))
        }
        return id
    }

    private mutating func add(_ from: PrincipalID, _ to: PrincipalID, _ technique: Technique, _ match: SubjectGrants.Match, _ reason: String, conditions: [Condition] = []) {
        let source = match.rule.location ?? match.grant.binding.location
        if let edge = Edge(from: from, to: to, kind: .escalates(technique: technique.rawValue), reason: reason, source: source, conditions: conditions) {
            edges.append(edge)
        }
    }
}
