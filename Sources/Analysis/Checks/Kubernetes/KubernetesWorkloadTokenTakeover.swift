import AccessGraph
import Documents
import Kubernetes

/// Flags workloads whose mounted service-account token reaches cluster takeover: the account
/// holds every verb on every resource cluster-wide, or an escalation path leads from it to
/// `system:masters`.
struct KubernetesWorkloadTokenTakeover: Check {
    /// How many hops a path may take.
    static let maximumHops = 6

    static let description = CheckDescription(
        id: "LP0306", slug: "k8s-workload-token-cluster-takeover",
        title: "Workload token reaches cluster takeover",
        category: .privilegeEscalation, severity: .critical,
        rationale: """
            Every process in the pod can read its mounted token. Whoever compromises the workload \
            — a vulnerable dependency, a poisoned image — acts as its service account, and this \
            account can take over the cluster directly or through the escalation path shown.
            """,
        remediation: """
            Give the workload a service account with only the rights it uses, or set \
            `automountServiceAccountToken: false` when it needs none.
            """,
        triggering: [
            CheckExample(file: "prod/cluster.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: deployer, namespace: ci}
                spec:
                  template:
                    spec:
                      serviceAccountName: ⚑deployer
                      containers: [{name: deployer, image: deployer}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: binder}
                rules:
                - {apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind]}
                - {apiGroups: [rbac.authorization.k8s.io], resources: [clusterrolebindings], verbs: [create]}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: deployer}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: binder}
                subjects: [{kind: ServiceAccount, name: deployer, namespace: ci}]
                """),
        ],
        nonTriggering: [
            CheckExample(file: "prod/cluster.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: deployer, namespace: ci}
                spec:
                  template:
                    spec:
                      serviceAccountName: deployer
                      automountServiceAccountToken: false
                      containers: [{name: deployer, image: deployer}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api, namespace: apps}
                spec: {template: {spec: {serviceAccountName: api, containers: [{name: api, image: api}]}}}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: everything}
                rules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: deployer}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: everything}
                subjects: [{kind: ServiceAccount, name: deployer, namespace: ci}]
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        guard let authorizer = context.graph.authorizers[.kubernetes] else { return [] }
        var result: [Finding] = []
        var verdicts: [PrincipalID: [PathStep]?] = [:]
        for cluster in KubernetesCheckSupport.clusters(in: context) {
            for workload in cluster.workloads {
                let accountSetting = cluster.serviceAccounts[workload.namespace]?[workload.serviceAccountName]?.automountToken
                guard workload.automountToken ?? accountSetting ?? true else { continue }
                let account = PrincipalID("k8s:\(cluster.name):serviceaccount:\(workload.namespace):\(workload.serviceAccountName)")
                let masters = PrincipalID("k8s:\(cluster.name):group:\(RBACAuthorizer.privilegedGroup)")
                if verdicts[account] == nil {
                    verdicts[account] = takeoverPath(from: account, to: masters, graph: context.graph, authorizer: authorizer)
                }
                guard let found = verdicts[account], let path = found else { continue }
                let how = path.isEmpty ? "holds every verb on every resource cluster-wide" : "reaches `system:masters` in \(path.count) step\(path.count == 1 ? "" : "s")"
                result.append(finding(
                    message: "\(workload.title) mounts the token of service account `\(workload.namespace)/\(workload.serviceAccountName)`, which \(how)",
                    principal: account.rawValue, capability: .admin, resource: "k8s:\(cluster.name):cluster", path: path,
                    locations: [workload.serviceAccountLocation, workload.location],
                    anchor: "\(cluster.name):\(workload.title)"))
            }
        }
        return result
    }

    /// The shortest path of escalation and membership edges to `system:masters`, an empty path
    /// when some principal on the way already holds everything, or nil when there is none.
    private func takeoverPath(from start: PrincipalID, to masters: PrincipalID, graph: PermissionGraph, authorizer: any Authorizer) -> [PathStep]? {
        var frontier: [(PrincipalID, [PathStep])] = [(start, [])]
        var seen: Set<PrincipalID> = [start]
        for _ in 0...Self.maximumHops {
            var next: [(PrincipalID, [PathStep])] = []
            for (principal, path) in frontier {
                let everything = Request(principal: principal, action: "*", resource: "*.*")
                if principal.rawValue.contains(":serviceaccount:") || principal.rawValue.contains(":user:"),
                    authorizer.decide(everything, graph: graph).isAllowed {
                    return path
                }
                for edge in graph.edges(from: principal) {
                    switch edge.kind {
                    case .escalates, .memberOf: break
                    default: continue
                    }
                    let step = path + [PathStep(edge)]
                    if edge.to == masters { return step }
                    if seen.insert(edge.to).inserted { next.append((edge.to, step)) }
                }
            }
            frontier = next
            if frontier.isEmpty { break }
        }
        return nil
    }
}
