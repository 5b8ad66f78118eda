import AccessGraph
import Documents

/// Decides Kubernetes requests exactly as the API server's authorizer chain does for RBAC: the
/// privileged group `system:masters` is allowed everything; otherwise ClusterRoleBindings apply
/// everywhere and RoleBindings only in their namespace, and the first rule that allows decides.
/// RBAC never denies: anything not allowed is an implicit deny.
public struct RBACAuthorizer: Authorizer {
    /// The group the API server's privileged-group authorizer allows everything.
    public static let privilegedGroup = "system:masters"

    public var provider: Provider { .kubernetes }
    /// The clusters with their binding indexes.
    private let clusters: [String: (model: ClusterModel, index: BindingIndex)]

    /// Makes the authorizer over an imported model.
    public init(model: KubernetesModel) {
        clusters = model.clusters.mapValues { ($0, BindingIndex($0)) }
    }

    public func decide(_ request: Request, graph: PermissionGraph) -> Decision {
        guard let identity = KubernetesIdentity(id: request.principal.rawValue) else {
            return Decision(.implicitDeny, reasons: [DecisionReason(detail: "`\(request.principal)` is not a Kubernetes principal")])
        }
        let groups = identity.impliedGroups + (request.attributes["groups"] ?? [])
        let namespace = request.attributes["namespace"]?.first ?? ""
        let name = request.attributes["name"]?.first ?? ""
        let attributes: RBACRequest
        if request.resource.hasPrefix("/") {
            attributes = .nonResource(user: identity.userName, groups: groups, verb: request.action, path: request.resource)
        } else {
            let parsed = ResourceName(parsing: request.resource)
            attributes = .resource(
                user: identity.userName, groups: groups, verb: request.action, apiGroup: parsed.group,
                resource: parsed.resource, subresource: parsed.subresource, name: name, namespace: namespace)
        }
        return authorize(attributes, cluster: identity.cluster)
    }

    /// The decision for request attributes in a cluster.
    public func authorize(_ request: RBACRequest, cluster: String) -> Decision {
        if request.groups.contains(where: { RuleMatching.same($0, Self.privilegedGroup) }) {
            return Decision(.allow, reasons: [DecisionReason(
                detail: "group `system:masters` is allowed everything by the API server, with no binding")])
        }
        guard let (model, index) = clusters[cluster] else {
            return Decision(.implicitDeny, reasons: [DecisionReason(detail: "no RBAC objects were imported for cluster `\(cluster)`")])
        }
        for entry in index.entries(user: request.user, groups: request.groups, namespace: request.namespace) {
            guard let role = model.role(referencedBy: entry.binding) else { continue }
            for rule in role.rules where RuleMatching.allows(rule, request) {
                let subject = "\(entry.subject.kind) `\(entry.subject.name)`"
                return Decision(.allow, reasons: [
                    DecisionReason(
                        detail: "\(entry.binding.title) grants \(role.title) to \(subject)",
                        location: entry.binding.location),
                    DecisionReason(detail: "\(role.title) allows `\(rule.summary)`", location: rule.location ?? role.location),
                ])
            }
        }
        return Decision(.implicitDeny, reasons: [DecisionReason(
            detail: "no RBAC rule bound to `\(request.user.isEmpty ? request.groups.joined(separator: ",") : request.user)` allows `\(request.summary)`")])
    }
}

/// `resource[.group][/subresource]` as `kubectl auth can-i` takes it (`deployments.apps/scale`).
public struct ResourceName: Sendable, Hashable {
    /// The resource (`deployments`).
    public var resource: String
    /// The API group (`apps`; empty for the core group).
    public var group: String
    /// The subresource (`scale`), or empty.
    public var subresource: String

    /// Splits the text: the subresource after the first `/`, the group after the first `.`.
    public init(parsing text: String) {
        var main = Substring(text)
        subresource = ""
        if let slash = main.firstIndex(of: "/") {
            subresource = String(main[main.index(after: slash)...])
            main = main[..<slash]
        }
        if let dot = main.firstIndex(of: ".") {
            resource = String(main[..<dot])
            group = String(main[main.index(after: dot)...])
        } else {
            resource = String(main)
            group = ""
        }
    }
}
