/// The attributes the RBAC authorizer decides on, as the API server's `authorizer.Attributes`.
public struct RBACRequest: Sendable, Hashable {
    /// The user name (`alice`, `system:serviceaccount:ci:builder`, empty for a group-only query).
    public var user: String
    /// Every group of the user, implied ones included.
    public var groups: [String]
    /// The verb (`get`, `create`); compared exactly, so `GET` matches nothing but `*`.
    public var verb: String
    /// Whether it is a resource request (false for a non-resource URL).
    public var isResourceRequest: Bool
    /// The API group (`""` for the core group).
    public var apiGroup: String
    /// The resource (`pods`).
    public var resource: String
    /// The subresource (`exec`), or empty.
    public var subresource: String
    /// The object name, or empty.
    public var name: String
    /// The namespace, or empty for cluster-scoped resources and non-resource URLs.
    public var namespace: String
    /// The URL path of a non-resource request.
    public var path: String

    /// A resource request.
    public static func resource(
        user: String, groups: [String], verb: String, apiGroup: String = "", resource: String, subresource: String = "",
        name: String = "", namespace: String = ""
    ) -> RBACRequest {
        RBACRequest(
            user: user, groups: groups, verb: verb, isResourceRequest: true, apiGroup: apiGroup, resource: resource,
            subresource: subresource, name: name, namespace: namespace, path: "")
    }

    /// A non-resource request.
    public static func nonResource(user: String, groups: [String], verb: String, path: String) -> RBACRequest {
        RBACRequest(
            user: user, groups: groups, verb: verb, isResourceRequest: false, apiGroup: "", resource: "", subresource: "",
            name: "", namespace: "", path: path)
    }

    /// `get pods/exec.apps in ns1` or `get /healthz`, for reasons.
    public var summary: String {
        guard isResourceRequest else { return "\(verb) \(path)" }
        var text = "\(verb) \(resource)"
        if !subresource.isEmpty { text += "/\(subresource)" }
        if !apiGroup.isEmpty { text += " (group \(apiGroup))" }
        if !name.isEmpty { text += " named \(name)" }
        text += namespace.isEmpty ? " cluster-wide" : " in namespace \(namespace)"
        return text
    }
}
