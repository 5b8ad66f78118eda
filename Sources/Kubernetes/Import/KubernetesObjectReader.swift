import Documents

/// Reads Kubernetes objects from a document: `kubectl get -o yaml|json` Lists, typed lists
/// (`RoleList`), multi-document manifests and bare objects.
///
/// Kinds that carry no permissions (Services, Secrets' contents, …) are skipped; `managedFields`
/// and annotations other than the IRSA role are never read.
struct KubernetesObjectReader {
    /// The RBAC API versions read (`v1` and the legacy `v1beta1` and `v1alpha1`).
    static let rbacAPIVersions: Set<String> = [
        "rbac.authorization.k8s.io/v1", "rbac.authorization.k8s.io/v1beta1", "rbac.authorization.k8s.io/v1alpha1",
    ]
    /// Workload controllers whose pod template is at `spec.template`.
    static let templatedWorkloads: Set<String> = ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "ReplicationController"]

    var objects = FileObjects()

    /// Reads every root of the document.
    mutating func read(_ document: Document) throws(InputError) {
        for root in document.rootCursors where !root.isNull {
            try readObject(root, defaultKind: nil)
        }
    }

    /// Reads one object, or the items of a list.
    mutating func readObject(_ object: Cursor, defaultKind: String?) throws(InputError) {
        try ObjectFields.refuseTemplate(object)
        guard object.isMapping else { throw object.mismatch(expected: "a Kubernetes object (a mapping with `apiVersion` and `kind`)") }
        let kind: String
        if let written = try ObjectFields.optionalText(object, "kind") {
            kind = written
        } else if let defaultKind {
            kind = defaultKind
        } else {
            throw object.error("kubernetes.missing-kind", "missing key `kind`: not a Kubernetes object")
        }
        let items = try object.field("items")
        if kind == "List" || (kind.hasSuffix("List") && items != nil) {
            let itemKind = kind == "List" ? nil : String(kind.dropLast(4))
            guard let items, !items.isNull else { return }
            for item in try items.elements() { try readObject(item, defaultKind: itemKind) }
            return
        }
        let apiVersion = try ObjectFields.optionalText(object, "apiVersion") ?? ""
        switch kind {
        case "Role", "ClusterRole":
            guard defaultKind != nil || Self.rbacAPIVersions.contains(apiVersion) else { throw unknownVersion(object, apiVersion, kind) }
            let role = try RBACObjectReader.role(object, isClusterRole: kind == "ClusterRole")
            if role.isClusterRole { objects.clusterRoles.append(role) } else { objects.roles.append(role) }
        case "RoleBinding", "ClusterRoleBinding":
            guard defaultKind != nil || Self.rbacAPIVersions.contains(apiVersion) else { throw unknownVersion(object, apiVersion, kind) }
            let binding = try RBACObjectReader.binding(object, isClusterBinding: kind == "ClusterRoleBinding")
            if binding.isClusterBinding { objects.clusterRoleBindings.append(binding) } else { objects.roleBindings.append(binding) }
        case "ServiceAccount":
            objects.serviceAccounts.append(try WorkloadObjectReader.serviceAccount(object))
        case "Namespace":
            objects.namespaces.append(try WorkloadObjectReader.namespace(object))
        case _ where kind == "Pod" || kind == "CronJob" || Self.templatedWorkloads.contains(kind):
            objects.workloads.append(try WorkloadObjectReader.workload(object, kind: kind))
        case "ConfigMap":
            objects.cloudMappings += try AWSAuthReader.mappings(object)
        default:
            break
        }
    }

    private func unknownVersion(_ object: Cursor, _ apiVersion: String, _ kind: String) -> InputError {
        let at = (try? object.field("apiVersion")) ?? nil
        return (at ?? object).error(
            "kubernetes.api-version", "unsupported apiVersion `\(apiVersion)` for `\(kind)`",
            suggestion: "expected one of \(Self.rbacAPIVersions.sorted().map { "`\($0)`" }.joined(separator: ", "))")
    }
}

/// Reads object metadata.
enum ObjectMetadata {
    /// `metadata.name`, required.
    static func name(_ object: Cursor) throws(InputError) -> String {
        try ObjectFields.text(try object.requiredField("metadata").requiredField("name"))
    }

    /// `metadata.namespace` of a namespaced object; `default` when unset, as `kubectl apply`
    /// without `-n` places it.
    static func namespace(_ object: Cursor) throws(InputError) -> String {
        let metadata = try object.requiredField("metadata")
        guard let namespace = try ObjectFields.optionalText(metadata, "namespace"), !namespace.isEmpty else {
            return "default"
        }
        return namespace
    }

    /// `metadata.labels`.
    static func labels(_ object: Cursor) throws(InputError) -> [String: String] {
        try ObjectFields.textMap(try object.requiredField("metadata"), "labels")
    }

    /// `metadata.annotations`.
    static func annotations(_ object: Cursor) throws(InputError) -> [String: String] {
        try ObjectFields.textMap(try object.requiredField("metadata"), "annotations")
    }
}
