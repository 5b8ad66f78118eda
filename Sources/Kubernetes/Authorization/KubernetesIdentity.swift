/// A Kubernetes principal id taken apart: `k8s:CLUSTER:user:NAME`, `k8s:CLUSTER:group:NAME` or
/// `k8s:CLUSTER:serviceaccount:NS:NAME`, with the user name and groups the API server would see.
public struct KubernetesIdentity: Sendable, Hashable {
    /// The kinds of subject.
    public enum Kind: String, Sendable, Hashable {
        case user
        case group
        case serviceAccount = "serviceaccount"
    }

    /// The cluster.
    public var cluster: String
    /// The kind.
    public var kind: Kind
    /// The name (for a service account, without its namespace).
    public var name: String
    /// A service account's namespace.
    public var namespace: String?

    /// Makes an identity.
    public init(cluster: String, kind: Kind, name: String, namespace: String? = nil) {
        self.cluster = cluster
        self.kind = kind
        self.name = name
        self.namespace = namespace
    }

    /// Parses a canonical id; nil when it is not a Kubernetes principal.
    public init?(id: String) {
        guard id.hasPrefix("k8s:") else { return nil }
        let rest = id.dropFirst(4)
        guard let clusterEnd = rest.firstIndex(of: ":") else { return nil }
        cluster = String(rest[..<clusterEnd])
        let tail = rest[rest.index(after: clusterEnd)...]
        if tail.hasPrefix("user:") {
            kind = .user
            name = String(tail.dropFirst(5))
        } else if tail.hasPrefix("group:") {
            kind = .group
            name = String(tail.dropFirst(6))
        } else if tail.hasPrefix("serviceaccount:") {
            let parts = tail.dropFirst(15).split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            kind = .serviceAccount
            namespace = String(parts[0])
            name = String(parts[1])
        } else {
            return nil
        }
    }

    /// The canonical id.
    public var id: String {
        switch kind {
        case .user: "k8s:\(cluster):user:\(name)"
        case .group: "k8s:\(cluster):group:\(name)"
        case .serviceAccount: "k8s:\(cluster):serviceaccount:\(namespace ?? ""):\(name)"
        }
    }

    /// The user name the API server sees (empty for a group).
    public var userName: String {
        switch kind {
        case .user: name
        case .group: ""
        case .serviceAccount: "system:serviceaccount:\(namespace ?? ""):\(name)"
        }
    }

    /// The groups the API server adds: a service account is in `system:serviceaccounts`,
    /// `system:serviceaccounts:NS` and `system:authenticated`; a user in `system:authenticated`,
    /// except `system:anonymous`, who is in `system:unauthenticated`. A group query is the group
    /// itself (what membership in it grants).
    public var impliedGroups: [String] {
        switch kind {
        case .user: name == "system:anonymous" ? ["system:unauthenticated"] : ["system:authenticated"]
        case .group: [name]
        case .serviceAccount: ["system:serviceaccounts", "system:serviceaccounts:\(namespace ?? "")", "system:authenticated"]
        }
    }
}
