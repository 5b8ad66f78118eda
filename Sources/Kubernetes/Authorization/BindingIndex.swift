/// The bindings of one cluster indexed by the subjects they name, so a decision looks at the
/// bindings that can apply instead of every binding.
///
/// Keys follow upstream `appliesToUser`: `u:NAME` for a User subject, `g:NAME` for a Group, and a
/// ServiceAccount subject becomes the user name its tokens carry
/// (`u:system:serviceaccount:NS:NAME`, the namespace defaulting to a RoleBinding's own).
struct BindingIndex: Sendable {
    /// A binding with its position in upstream's visiting order.
    struct Entry: Sendable {
        var order: Int
        var binding: RBACBinding
        var subject: Subject
    }

    /// ClusterRoleBinding entries by subject key.
    private(set) var cluster: [String: [Entry]] = [:]
    /// RoleBinding entries by namespace, then subject key.
    private(set) var namespaced: [String: [String: [Entry]]] = [:]

    init(_ model: ClusterModel) {
        var order = 0
        for binding in model.clusterRoleBindings {
            for subject in binding.subjects {
                guard let key = Self.key(of: subject, in: binding) else { continue }
                cluster[key, default: []].append(Entry(order: order, binding: binding, subject: subject))
            }
            order += 1
        }
        for namespace in model.roleBindings.keys.sorted() {
            for binding in model.roleBindings[namespace] ?? [] {
                for subject in binding.subjects {
                    guard let key = Self.key(of: subject, in: binding) else { continue }
                    namespaced[namespace, default: [:]][key, default: []].append(Entry(order: order, binding: binding, subject: subject))
                }
                order += 1
            }
        }
    }

    /// The key a subject is found under, or nil when it can match no one (a service account
    /// without a namespace in a ClusterRoleBinding, an unknown kind).
    static func key(of subject: Subject, in binding: RBACBinding) -> String? {
        switch subject.kind {
        case "User": return "u:" + subject.name
        case "Group": return "g:" + subject.name
        case "ServiceAccount":
            guard let namespace = binding.serviceAccountNamespace(of: subject), !namespace.isEmpty else { return nil }
            return "u:system:serviceaccount:\(namespace):\(subject.name)"
        default: return nil
        }
    }

    /// The entries that apply to a user with these groups, ClusterRoleBindings first, then the
    /// RoleBindings of `namespace` when it is not empty, each in input order.
    func entries(user: String, groups: [String], namespace: String) -> [Entry] {
        let keys = ["u:" + user] + groups.map { "g:" + $0 }
        var clusterEntries: [Entry] = []
        for key in keys { clusterEntries += cluster[key] ?? [] }
        var result = Self.firstPerBinding(clusterEntries)
        if !namespace.isEmpty, let bindings = namespaced[namespace] {
            var namespaceEntries: [Entry] = []
            for key in keys { namespaceEntries += bindings[key] ?? [] }
            result += Self.firstPerBinding(namespaceEntries)
        }
        return result
    }

    /// One entry per binding (its first matching subject, as upstream reports), in order.
    private static func firstPerBinding(_ entries: [Entry]) -> [Entry] {
        var seen: Set<Int> = []
        return entries.sorted { $0.order < $1.order }.filter { seen.insert($0.order).inserted }
    }
}
