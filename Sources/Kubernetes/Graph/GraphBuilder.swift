import AccessGraph
import Documents

/// Turns the Kubernetes model into graph elements: a principal for every user, group and service
/// account the inputs name; a policy per role; `bindsTo` edges subject → role; `memberOf` edges
/// to the implied groups; and `escalates` edges for each escalation technique a subject holds.
struct GraphBuilder {
    let model: KubernetesModel

    func fragment() -> GraphFragment {
        var fragment = GraphFragment()
        for cluster in model.sortedClusters {
            var builder = ClusterGraphBuilder(cluster: cluster)
            builder.build()
            fragment.principals += builder.principals.keys.sorted().compactMap { builder.principals[$0] }
            fragment.policies += builder.policies
            fragment.edges += builder.edges
        }
        return fragment
    }
}

/// Builds one cluster's elements.
struct ClusterGraphBuilder {
    let cluster: ClusterModel
    var principals: [PrincipalID: Principal] = [:]
    var policies: [Policy] = []
    var edges: [Edge] = []
    /// Direct grants by principal.
    var grants: [PrincipalID: SubjectGrants] = [:]
    /// The service accounts of each namespace (objects, `default`, and those workloads run as).
    private(set) var accountsByNamespace: [String: [PrincipalID]] = [:]
    /// The names of those accounts, in the same order.
    private(set) var accountNamesByNamespace: [String: [String]] = [:]
    /// The service accounts whose token a pod or workload of each namespace mounts.
    private(set) var runningAccountsByNamespace: [String: [PrincipalID]] = [:]
    /// Every namespace the inputs mention, sorted.
    let knownNamespaces: [String]

    init(cluster: ClusterModel) {
        self.cluster = cluster
        knownNamespaces = cluster.knownNamespaces
        var names: [String: Set<String>] = [:]
        var running: [String: Set<String>] = [:]
        for namespace in knownNamespaces { names[namespace] = Set((cluster.serviceAccounts[namespace] ?? [:]).keys).union(["default"]) }
        for workload in cluster.workloads {
            names[workload.namespace, default: ["default"]].insert(workload.serviceAccountName)
            let accountSetting = cluster.serviceAccounts[workload.namespace]?[workload.serviceAccountName]?.automountToken
            if workload.automountToken ?? accountSetting ?? true {
                running[workload.namespace, default: []].insert(workload.serviceAccountName)
            }
        }
        let clusterName = cluster.name
        func ids(_ namespace: String, _ accounts: Set<String>) -> [PrincipalID] {
            accounts.sorted().map { PrincipalID(KubernetesIdentity(cluster: clusterName, kind: .serviceAccount, name: $0, namespace: namespace).id) }
        }
        accountsByNamespace = names.reduce(into: [:]) { $0[$1.key] = ids($1.key, $1.value) }
        accountNamesByNamespace = names.mapValues { $0.sorted() }
        runningAccountsByNamespace = running.reduce(into: [:]) { $0[$1.key] = ids($1.key, $1.value) }
    }

    var name: String { cluster.name }

    mutating func build() {
        addServiceAccounts()
        addPolicies()
        addBindings()
        addCloudMappings()
        addGroupMemberships()
        var techniques = EscalationTechniques(builder: self)
        techniques.addEdges()
        edges += techniques.edges
        principals.merge(techniques.addedPrincipals) { first, _ in first }
    }

    // MARK: principals

    func identity(_ kind: KubernetesIdentity.Kind, _ name: String, namespace: String? = nil) -> KubernetesIdentity {
        if kind == .user, name.hasPrefix("system:serviceaccount:") {
            let parts = name.dropFirst("system:serviceaccount:".count).split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2 {
                return KubernetesIdentity(cluster: self.name, kind: .serviceAccount, name: String(parts[1]), namespace: String(parts[0]))
            }
        }
        return KubernetesIdentity(cluster: self.name, kind: kind, name: name, namespace: namespace)
    }

    /// Adds a principal if it is new; returns its id.
    @discardableResult
    mutating func addPrincipal(_ identity: KubernetesIdentity, at location: FileLocation, irsaRole: String? = nil) -> PrincipalID {
        let id = PrincipalID(identity.id)
        if principals[id] == nil {
            principals[id] = Self.principal(identity, at: location, irsaRole: irsaRole)
        }
        return id
    }

    static func principal(_ identity: KubernetesIdentity, at location: FileLocation, irsaRole: String? = nil) -> Principal {
        switch identity.kind {
        case .serviceAccount:
            let namespace = identity.namespace ?? ""
            return Principal(
                id: PrincipalID(identity.id), provider: .kubernetes, kind: .serviceAccount,
                displayName: "\(namespace)/\(identity.name)", aliases: [identity.userName], human: .machine,
                tags: irsaRole.map { [WorkloadObjectReader.irsaAnnotation: $0] } ?? [:], provenance: location)
        case .user:
            return Principal(
                id: PrincipalID(identity.id), provider: .kubernetes, kind: .user, displayName: identity.name,
                aliases: [identity.name], provenance: location)
        case .group:
            return Principal(
                id: PrincipalID(identity.id), provider: .kubernetes, kind: .group, displayName: identity.name,
                aliases: [identity.name], provenance: location)
        }
    }

    /// Every service account object, the `default` account of every known namespace, and every
    /// account a workload runs as.
    mutating func addServiceAccounts() {
        for namespace in cluster.serviceAccounts.keys.sorted() {
            for account in (cluster.serviceAccounts[namespace] ?? [:]).values.sorted(by: { $0.name < $1.name }) {
                addPrincipal(identity(.serviceAccount, account.name, namespace: namespace), at: account.location, irsaRole: account.irsaRoleARN)
            }
        }
        for workload in cluster.workloads {
            addPrincipal(identity(.serviceAccount, workload.serviceAccountName, namespace: workload.namespace), at: workload.serviceAccountLocation)
        }
        for namespace in knownNamespaces {
            let location = cluster.namespaces[namespace]?.location ?? FileLocation(file: "")
            if cluster.namespaces[namespace] != nil {
                addPrincipal(identity(.serviceAccount, "default", namespace: namespace), at: location)
            }
        }
    }

    /// The service accounts of a namespace: objects, `default`, and those workloads run as.
    /// The names of ``serviceAccounts(in:)``, in the same order.
    func accountNames(in namespace: String) -> [String] {
        accountNamesByNamespace[namespace] ?? ["default"]
    }

    func serviceAccounts(in namespace: String) -> [PrincipalID] {
        accountsByNamespace[namespace] ?? [PrincipalID(identity(.serviceAccount, "default", namespace: namespace).id)]
    }

    // MARK: policies and bindings

    mutating func addPolicies() {
        var roles = cluster.clusterRoles.keys.sorted().compactMap { cluster.clusterRoles[$0] }
        for namespace in cluster.roles.keys.sorted() {
            roles += (cluster.roles[namespace] ?? [:]).keys.sorted().compactMap { cluster.roles[namespace]?[$0] }
        }
        for role in roles {
            let statements = role.rules.enumerated().map { index, rule in
                Statement(index: index, effect: .allow, summary: rule.summary, provenance: rule.location ?? role.location)
            }
            policies.append(Policy(
                id: role.policyID(cluster: name), provider: .kubernetes, kind: .rbacRole, name: role.name,
                statements: statements, provenance: role.location))
        }
    }

    mutating func addBindings() {
        for binding in cluster.allBindings {
            let role = cluster.role(referencedBy: binding)
            for subject in binding.subjects {
                let subjectIdentity: KubernetesIdentity
                switch subject.kind {
                case "User": subjectIdentity = identity(.user, subject.name)
                case "Group": subjectIdentity = identity(.group, subject.name)
                default:
                    guard let namespace = binding.serviceAccountNamespace(of: subject), !namespace.isEmpty else { continue }
                    subjectIdentity = identity(.serviceAccount, subject.name, namespace: namespace)
                }
                let id = addPrincipal(subjectIdentity, at: subject.location)
                guard let role else { continue }
                let grant = SubjectGrants.Grant(binding: binding, role: role)
                if let namespace = binding.namespace {
                    grants[id, default: SubjectGrants()].namespaced[namespace, default: []].append(grant)
                } else {
                    grants[id, default: SubjectGrants()].cluster.append(grant)
                }
                let scope = binding.namespace.map { "in namespace `\($0)`" } ?? "cluster-wide"
                if let edge = Edge(
                    from: id, to: PrincipalID(role.policyID(cluster: name)), kind: .bindsTo,
                    reason: "\(binding.title) binds \(role.title) \(scope)", source: subject.location) {
                    edges.append(edge)
                }
            }
        }
    }

    /// aws-auth and access-entry users and groups become principals, with the user a member of
    /// its groups. The link from the cloud identity is Analysis's to make.
    mutating func addCloudMappings() {
        for mapping in cluster.cloudMappings {
            var userID: PrincipalID?
            if let user = mapping.userName, !user.contains("{{") {
                userID = addPrincipal(identity(.user, user), at: mapping.location)
            }
            for group in mapping.groups {
                let groupID = addPrincipal(identity(.group, group), at: mapping.location)
                if let userID, let edge = Edge(
                    from: userID, to: groupID, kind: .memberOf,
                    reason: "\(mapping.source.rawValue) maps `\(mapping.cloudIdentity)` to user `\(mapping.userName ?? "")` in group `\(group)`",
                    source: mapping.location) {
                    edges.append(edge)
                }
            }
        }
    }

    /// Service accounts are members of `system:serviceaccounts`, `system:serviceaccounts:NS` and
    /// `system:authenticated`; users of `system:authenticated` (`system:anonymous` of
    /// `system:unauthenticated`) — where those groups appear in the inputs.
    mutating func addGroupMemberships() {
        let members = principals.values.filter { $0.kind == .serviceAccount || $0.kind == .user }.sorted { $0.id < $1.id }
        for member in members {
            guard let identity = KubernetesIdentity(id: member.id.rawValue) else { continue }
            for group in identity.impliedGroups {
                let groupID = PrincipalID(self.identity(.group, group).id)
                guard principals[groupID] != nil,
                    let edge = Edge(
                        from: member.id, to: groupID, kind: .memberOf,
                        reason: "the API server puts `\(identity.userName)` in group `\(group)`", source: member.provenance)
                else { continue }
                edges.append(edge)
            }
        }
    }
}
