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

    init(builder: ClusterGraphBuilder) {
        self.builder = builder
    }

    private var cluster: ClusterModel { builder.cluster }

    mutating func addEdges() {
        let known = cluster.knownNamespaces
        for subject in builder.grants.keys.sorted() {
            guard let grants = builder.grants[subject] else { continue }
            for namespace in grants.candidateNamespaces(known: known) {
                namespacedTechniques(subject, grants, namespace)
            }
            clusterTechniques(subject, grants)
        }
    }

    // MARK: probes

    private func request(_ verb: String, _ group: String, _ resource: String, _ subresource: String = "", name: String = "", namespace: String = "") -> RBACRequest {
        .resource(user: "", groups: [], verb: verb, apiGroup: group, resource: resource, subresource: subresource, name: name, namespace: namespace)
    }

    /// The first of several requests that the grants allow in a scope.
    private func firstMatch(_ grants: SubjectGrants, _ requests: [RBACRequest], namespace: String?) -> (RBACRequest, SubjectGrants.Match)? {
        for request in requests {
            if let match = grants.firstMatch(request, namespace: namespace) { return (request, match) }
        }
        return nil
    }

    /// The workload probes: create pods, create/update/patch the controllers.
    private var workloadRequests: [RBACRequest] {
        var requests = [request("create", "", "pods")]
        let controllers = [("", "replicationcontrollers"), ("apps", "deployments"), ("apps", "replicasets"), ("apps", "statefulsets"), ("apps", "daemonsets"), ("batch", "jobs"), ("batch", "cronjobs")]
        for verb in ["create", "update", "patch"] {
            requests += controllers.map { request(verb, $0.0, $0.1) }
        }
        return requests
    }

    // MARK: namespaced techniques

    private mutating func namespacedTechniques(_ subject: PrincipalID, _ grants: SubjectGrants, _ namespace: String) {
        let accounts = builder.serviceAccounts(in: namespace)
        if let (probe, match) = firstMatch(grants, workloadRequests, namespace: namespace) {
            for account in accounts where account != subject {
                add(subject, account, .createWorkload, match,
                    "`\(probe.verb) \(probe.resource)` in namespace `\(namespace)` (\(match.via)) runs a pod as service account `\(account)`")
            }
            if cluster.namespaces[namespace]?.forbidsNodeEscape != true {
                add(subject, target(group: "system:nodes"), .nodeEscape, match,
                    "`\(probe.verb) \(probe.resource)` in namespace `\(namespace)` (\(match.via)) runs a privileged or hostPath pod, and no Pod Security Admission level there forbids it, so it reaches its node's kubelet credentials")
            }
        }
        let secretReads = ["list", "watch", "get"].map { request($0, "", "secrets") }
        if let (probe, match) = firstMatch(grants, secretReads, namespace: namespace) {
            for account in accounts where account != subject {
                add(subject, account, .readSecrets, match,
                    "`\(probe.verb) secrets` in namespace `\(namespace)` (\(match.via)) reads the service-account token secrets of `\(account)`",
                    conditions: [Condition(operation: "exists", key: "kubernetes.io/service-account-token secret", values: [account.rawValue])])
            }
        }
        for account in accounts where account != subject {
            guard let identity = KubernetesIdentity(id: account.rawValue) else { continue }
            let tokenRequest = request("create", "", "serviceaccounts", "token", name: identity.name)
            if let match = grants.firstMatch(tokenRequest, namespace: namespace) {
                add(subject, account, .serviceAccountToken, match,
                    "`create serviceaccounts/token` for `\(identity.name)` in namespace `\(namespace)` (\(match.via)) mints its token")
            }
            let impersonation = request("impersonate", "", "serviceaccounts", name: identity.name, namespace: namespace)
            if let match = grants.firstMatch(impersonation, namespace: namespace) {
                add(subject, account, .impersonate, match,
                    "`impersonate serviceaccounts` `\(identity.name)` in namespace `\(namespace)` (\(match.via)) acts as it")
            }
        }
        let execRequests = [
            request("create", "", "pods", "exec"), request("get", "", "pods", "exec"),
            request("create", "", "pods", "attach"), request("get", "", "pods", "attach"),
            request("patch", "", "pods", "ephemeralcontainers"), request("update", "", "pods", "ephemeralcontainers"),
        ]
        if let (probe, match) = firstMatch(grants, execRequests, namespace: namespace) {
            for account in runningAccounts(in: namespace) where account != subject {
                add(subject, account, .podExec, match,
                    "`\(probe.verb) pods/\(probe.subresource)` in namespace `\(namespace)` (\(match.via)) runs commands in a pod that mounts the token of `\(account)`")
            }
        }
        let bindRequests = [
            (request("bind", "rbac.authorization.k8s.io", "clusterroles"), request("create", "rbac.authorization.k8s.io", "rolebindings")),
            (request("bind", "rbac.authorization.k8s.io", "roles"), request("create", "rbac.authorization.k8s.io", "rolebindings")),
            (request("escalate", "rbac.authorization.k8s.io", "roles"), request("update", "rbac.authorization.k8s.io", "roles")),
            (request("escalate", "rbac.authorization.k8s.io", "roles"), request("patch", "rbac.authorization.k8s.io", "roles")),
        ]
        for (first, second) in bindRequests {
            guard let match = grants.firstMatch(first, namespace: namespace), grants.firstMatch(second, namespace: namespace) != nil else { continue }
            for account in accounts where account != subject {
                add(subject, account, .rbacEscalate, match,
                    "`\(first.verb) \(first.resource)` with `\(second.verb) \(second.resource)` in namespace `\(namespace)` (\(match.via)) grants itself any permission there, including running pods as `\(account)`")
            }
            break
        }
    }

    /// Service accounts whose token is mounted in a pod or workload of the namespace.
    private func runningAccounts(in namespace: String) -> [PrincipalID] {
        var result: Set<PrincipalID> = []
        for workload in cluster.workloads where workload.namespace == namespace {
            let accountSetting = cluster.serviceAccounts[namespace]?[workload.serviceAccountName]?.automountToken
            guard workload.automountToken ?? accountSetting ?? true else { continue }
            result.insert(PrincipalID(builder.identity(.serviceAccount, workload.serviceAccountName, namespace: namespace).id))
        }
        return result.sorted()
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
        let certificates = "certificates.k8s.io"
        let signers = ["kubernetes.io/kube-apiserver-client", "kubernetes.io/*"].map { request("approve", certificates, "signers", name: $0) }
        if let create = grants.firstMatch(request("create", certificates, "certificatesigningrequests"), namespace: nil),
            grants.firstMatch(request("update", certificates, "certificatesigningrequests", "approval"), namespace: nil) != nil,
            firstMatch(grants, signers, namespace: nil) != nil {
            add(subject, masters, .certificateSigning, create,
                "`create`, approve and sign `certificatesigningrequests` for `kubernetes.io/kube-apiserver-client` (\(create.via)) issues a client certificate in group `system:masters`")
        }
        for verb in ["get", "create"] {
            guard let match = grants.firstMatch(request(verb, "", "nodes", "proxy"), namespace: nil) else { continue }
            for namespace in cluster.knownNamespaces {
                for account in runningAccounts(in: namespace) where account != subject {
                    add(subject, account, .nodesProxy, match,
                        "`\(verb) nodes/proxy` (\(match.via)) runs commands through the kubelet in a pod that mounts the token of `\(account)`")
                }
            }
            break
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
