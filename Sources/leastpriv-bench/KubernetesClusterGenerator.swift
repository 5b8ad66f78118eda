/// Generates a cluster export like `kubectl get … -A -o yaml`: namespaces with service accounts
/// and a Deployment each, shared ClusterRoles, two Roles per namespace, and the requested number
/// of bindings (RoleBindings spread over the namespaces, plus a hundred ClusterRoleBindings).
struct KubernetesClusterGenerator {
    var namespaces = 2_000
    var bindings = 50_000
    var random = SeededRandom(seed: 20_261_203)

    static let clusterRoles: [(String, String)] = [
        ("view", "- {apiGroups: [\"\", apps, batch], resources: [pods, services, configmaps, deployments, jobs], verbs: [get, list, watch]}"),
        ("edit", "- {apiGroups: [\"\", apps], resources: [pods, services, configmaps, secrets, deployments], verbs: [get, list, watch, create, update, patch, delete]}"),
        ("logs", "- {apiGroups: [\"\"], resources: [pods/log], verbs: [get]}"),
        ("exec", "- {apiGroups: [\"\"], resources: [pods/exec, pods/attach], verbs: [create]}"),
        ("tokens", "- {apiGroups: [\"\"], resources: [serviceaccounts/token], verbs: [create], resourceNames: [app-0]}"),
        ("nodes-read", "- {apiGroups: [\"\"], resources: [nodes], verbs: [get, list]}"),
        ("metrics", "- {nonResourceURLs: [/metrics, /healthz/*], verbs: [get]}"),
    ]

    mutating func generate() -> String {
        var text = "apiVersion: v1\nkind: List\nitems:\n"
        text.reserveCapacity(bindings * 420)
        for (name, rules) in Self.clusterRoles {
            text += "- apiVersion: rbac.authorization.k8s.io/v1\n  kind: ClusterRole\n  metadata: {name: \(name)}\n  rules:\n  \(rules)\n"
        }
        for index in 0..<namespaces {
            let namespace = "team-\(index)"
            let level = index % 3 == 0 ? "restricted" : index % 3 == 1 ? "baseline" : "privileged"
            text += "- apiVersion: v1\n  kind: Namespace\n  metadata: {name: \(namespace), labels: {pod-security.kubernetes.io/enforce: \(level)}}\n"
            for account in 0..<3 {
                text += "- apiVersion: v1\n  kind: ServiceAccount\n  metadata: {name: app-\(account), namespace: \(namespace)}\n"
            }
            text += """
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata: {name: app, namespace: \(namespace)}
                  spec:
                    template:
                      spec:
                        serviceAccountName: app-\(random.number(0...2))
                        containers: [{name: app, image: app}]

                """
            text += "- apiVersion: rbac.authorization.k8s.io/v1\n  kind: Role\n  metadata: {name: deployer, namespace: \(namespace)}\n  rules:\n"
            text += "  - {apiGroups: [apps], resources: [deployments, deployments/scale], verbs: [get, list, update, patch]}\n"
            text += "- apiVersion: rbac.authorization.k8s.io/v1\n  kind: Role\n  metadata: {name: secret-reader, namespace: \(namespace)}\n  rules:\n"
            text += "  - {apiGroups: [\"\"], resources: [secrets], verbs: [get], resourceNames: [db-password]}\n"
        }
        let clusterBindings = 100
        for index in 0..<clusterBindings {
            let role = index < 2 ? "edit" : random.pick(["view", "logs", "nodes-read", "metrics"])
            text += binding(name: "cluster-\(index)", namespace: nil, roleKind: "ClusterRole", role: role)
        }
        for index in 0..<(bindings - clusterBindings) {
            let namespace = "team-\(index % namespaces)"
            let roleKind = random.number(0...1) == 0 ? "Role" : "ClusterRole"
            let role = roleKind == "Role" ? random.pick(["deployer", "secret-reader"]) : random.pick(["view", "view", "edit", "logs", "exec", "tokens"])
            text += binding(name: "binding-\(index)", namespace: namespace, roleKind: roleKind, role: role)
        }
        return text
    }

    private mutating func binding(name: String, namespace: String?, roleKind: String, role: String) -> String {
        let kind = namespace == nil ? "ClusterRoleBinding" : "RoleBinding"
        var text = "- apiVersion: rbac.authorization.k8s.io/v1\n  kind: \(kind)\n  metadata: {name: \(name)"
        if let namespace { text += ", namespace: \(namespace)" }
        text += "}\n  roleRef: {apiGroup: rbac.authorization.k8s.io, kind: \(roleKind), name: \(role)}\n  subjects:\n"
        switch random.number(0...2) {
        case 0: text += "  - {kind: User, name: user-\(random.number(0...4_999))}\n"
        case 1: text += "  - {kind: Group, name: group-\(random.number(0...399))}\n"
        default:
            let accountNamespace = namespace ?? "team-\(random.number(0...(namespaces - 1)))"
            text += "  - {kind: ServiceAccount, name: app-\(random.number(0...2)), namespace: \(accountNamespace)}\n"
        }
        return text
    }
}
