/// Generates text shaped like `kubectl get roles,rolebindings -A -o yaml`: one `List` whose
/// items alternate Roles and RoleBindings, in kubectl's block style.
struct KubernetesRBACGenerator {
    static let apiGroups = ["\"\"", "apps", "batch", "rbac.authorization.k8s.io", "networking.k8s.io"]
    static let resources = ["pods", "pods/log", "pods/exec", "secrets", "configmaps", "services", "deployments", "jobs", "roles", "rolebindings", "serviceaccounts"]
    static let verbs = ["get", "list", "watch", "create", "update", "patch", "delete"]

    var random = SeededRandom(seed: 20_240_602)

    /// About `bytes` of YAML text.
    mutating func generate(bytes: Int) -> String {
        var text = "apiVersion: v1\nitems:\n"
        text.reserveCapacity(bytes + bytes / 8)
        var index = 0
        while text.utf8.count < bytes {
            role(index, &text)
            binding(index, &text)
            index += 1
        }
        text += "kind: List\nmetadata:\n  resourceVersion: \"\"\n"
        return text
    }

    private mutating func metadata(_ name: String, _ namespace: String, _ text: inout String) {
        text += """
              metadata:
                creationTimestamp: "2024-0\(random.number(1...9))-1\(random.number(0...9))T10:00:00Z"
                labels:
                  app.kubernetes.io/name: app-\(random.number(1...300))
                  app.kubernetes.io/managed-by: Helm
                name: \(name)
                namespace: \(namespace)
                resourceVersion: "\(random.number(1_000...9_999_999))"
                uid: \(uuid())

            """
    }

    private mutating func uuid() -> String {
        let hex = Array("0123456789abcdef")
        func part(_ count: Int) -> String { String((0..<count).map { _ in random.pick(hex) }) }
        return "\(part(8))-\(part(4))-\(part(4))-\(part(4))-\(part(12))"
    }

    private mutating func role(_ index: Int, _ text: inout String) {
        let namespace = "team-\(index % 400)"
        text += "- apiVersion: rbac.authorization.k8s.io/v1\n  kind: Role\n"
        metadata("role-\(index)", namespace, &text)
        text += "  rules:\n"
        for _ in 0..<random.number(1...4) {
            text += "  - apiGroups:\n    - \(random.pick(Self.apiGroups))\n    resources:\n"
            for _ in 0..<random.number(1...3) { text += "    - \(random.pick(Self.resources))\n" }
            text += "    verbs:\n"
            for _ in 0..<random.number(1...4) { text += "    - \(random.pick(Self.verbs))\n" }
        }
    }

    private mutating func binding(_ index: Int, _ text: inout String) {
        let namespace = "team-\(index % 400)"
        text += "- apiVersion: rbac.authorization.k8s.io/v1\n  kind: RoleBinding\n"
        metadata("role-\(index)-binding", namespace, &text)
        text += "  roleRef:\n    apiGroup: rbac.authorization.k8s.io\n    kind: Role\n    name: role-\(index)\n  subjects:\n"
        for subject in 0..<random.number(1...3) {
            if subject == 0 {
                text += "  - kind: ServiceAccount\n    name: sa-\(random.number(1...999))\n    namespace: \(namespace)\n"
            } else {
                text += "  - apiGroup: rbac.authorization.k8s.io\n    kind: User\n    name: user\(random.number(1...999))@example.com\n"
            }
        }
    }
}
