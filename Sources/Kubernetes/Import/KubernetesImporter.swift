import AccessGraph
import Documents

/// Reads Kubernetes exports (`kubectl get … -o yaml|json`, manifests, the `aws-auth` ConfigMap)
/// and EKS access entries into one ``KubernetesModel`` per run, with the graph elements and the
/// RBAC authorizer. Each file's cluster is the folder it sits in (see ``ClusterName``).
public struct KubernetesImporter: Importer {
    /// Kubernetes objects.
    public static let objects = InputFormat(
        id: "kubernetes.objects", provider: .kubernetes,
        title: "Kubernetes objects: kubectl get -o yaml|json lists, manifests, aws-auth ConfigMap")
    /// EKS access entries.
    public static let accessEntries = InputFormat(
        id: "kubernetes.eks-access-entries", provider: .kubernetes,
        title: "aws eks describe-access-entry / list-associated-access-policies output")

    public var provider: Provider { .kubernetes }
    public var formats: [InputFormat] { [Self.objects, Self.accessEntries] }

    /// Makes the importer.
    public init() {}

    /// Kubernetes objects have string `apiVersion` and `kind` at the top of the first document;
    /// EKS outputs have `accessEntry` or `associatedAccessPolicies`.
    public func recognise(_ document: Document) -> InputFormat? {
        guard document.syntax != .csv, let root = document.roots.first(where: { $0.value != .null }) else { return nil }
        if AccessEntryReader.looksLikeAccessEntries(root) { return Self.accessEntries }
        guard case .mapping(let entries) = root.value else { return nil }
        var hasVersion = false, hasKind = false
        for entry in entries {
            switch entry.key.stringValue {
            case "apiVersion": hasVersion = entry.value.stringValue != nil
            case "kind": hasKind = entry.value.stringValue != nil
            default: break
            }
        }
        return hasVersion && hasKind ? Self.objects : nil
    }

    public func importDocuments(_ documents: [RecognisedDocument]) -> ImportOutcome {
        var model = KubernetesModel()
        var failures: [InputError] = []
        for recognised in documents {
            let document = recognised.document
            let cluster = ClusterName.of(file: document.file)
            var reader = KubernetesObjectReader()
            do {
                if recognised.format == Self.accessEntries {
                    for root in document.rootCursors where !root.isNull {
                        reader.objects.cloudMappings += try AccessEntryReader.mappings(root)
                    }
                } else {
                    try reader.read(document)
                }
            } catch {
                failures.append(error)
                continue
            }
            var clusterModel = model.clusters[cluster] ?? ClusterModel(name: cluster)
            clusterModel.add(reader.objects)
            model.clusters[cluster] = clusterModel
        }
        for name in model.clusters.keys {
            Aggregation.recompute(&model.clusters[name]!)
        }
        let fragment = GraphBuilder(model: model).fragment()
        return ImportOutcome(fragment: fragment, failures: failures, authorizer: RBACAuthorizer(model: model), model: model)
    }
}

extension ClusterModel {
    /// Adds one file's objects; an object defined twice keeps its first definition.
    mutating func add(_ objects: FileObjects) {
        for role in objects.clusterRoles where clusterRoles[role.name] == nil { clusterRoles[role.name] = role }
        for role in objects.roles {
            let namespace = role.namespace ?? ""
            if roles[namespace]?[role.name] == nil { roles[namespace, default: [:]][role.name] = role }
        }
        clusterRoleBindings += objects.clusterRoleBindings
        for binding in objects.roleBindings { roleBindings[binding.namespace ?? "", default: []].append(binding) }
        for account in objects.serviceAccounts where serviceAccounts[account.namespace]?[account.name] == nil {
            serviceAccounts[account.namespace, default: [:]][account.name] = account
        }
        for namespace in objects.namespaces where namespaces[namespace.name] == nil { namespaces[namespace.name] = namespace }
        workloads += objects.workloads
        for mapping in objects.cloudMappings {
            if mapping.source == .accessEntry,
                let existing = cloudMappings.firstIndex(where: { $0.source == .accessEntry && $0.cloudIdentity == mapping.cloudIdentity }) {
                cloudMappings[existing].accessPolicies += mapping.accessPolicies
                cloudMappings[existing].groups += mapping.groups.filter { !cloudMappings[existing].groups.contains($0) }
                if cloudMappings[existing].userName == nil { cloudMappings[existing].userName = mapping.userName }
            } else {
                cloudMappings.append(mapping)
            }
        }
    }
}
