import AccessGraph
import Documents

/// Reads the bundle written by `scripts/export-tencentcloud.sh` (format
/// `leastpriv.tencentcloud.bundle`, documented in `docs/formats.md`).
struct BundleReader {
    let root: Cursor
    var content = ImportedContent()
    var owner = ""

    init(root: Cursor) {
        self.root = root
    }

    mutating func read() throws(InputError) -> ImportedContent {
        let ownerCursor = try root.requiredField("ownerUin")
        owner = try FlexibleFields.identifier(ownerCursor)
        content.owners.insert(owner)
        content.addPrincipal(Principal(
            id: CAMNames.account(owner), provider: .tencentcloud, kind: .account, displayName: "account \(owner)",
            aliases: ["qcs::cam::uin/\(owner):root", owner], provenance: ownerCursor.location))
        // Policies first: users, groups and roles refer to them by id.
        for cursor in try list("policies") { try readPolicy(cursor) }
        for cursor in try list("groups") { try readGroup(cursor) }
        for cursor in try list("users") { try readUser(cursor) }
        for cursor in try list("roles") { try readRole(cursor) }
        for cursor in try list("oidcProviders") { try readIdentityProvider(cursor, kind: "oidc-provider") }
        for cursor in try list("samlProviders") { try readIdentityProvider(cursor, kind: "saml-provider") }
        for cursor in try list("tcr") { try readRegistry(cursor) }
        for cursor in try list("tke") { try readCluster(cursor) }
        for cursor in try list("tkeUserPermissions") { try readClusterPermissions(cursor) }
        return content
    }

    private func list(_ key: String) throws(InputError) -> [Cursor] {
        guard let cursor = try root.field(key), !cursor.isNull else { return [] }
        return try cursor.elements()
    }

    private mutating func readPolicy(_ cursor: Cursor) throws(InputError) {
        let id = try FlexibleFields.identifier(try cursor.requiredField("PolicyId"))
        let name = try cursor.requiredField("PolicyName").scalarText()
        var typeCursor = try cursor.field("Type")
        if typeCursor == nil { typeCursor = try cursor.field("PolicyType") }
        var isPreset = false
        if let typeCursor {
            guard let preset = FlexibleFields.isPresetPolicyType(typeCursor) else {
                throw typeCursor.error("input.tencentcloud.policy-type", "unknown policy type `\(typeCursor.node.scalarText ?? "?")`; expected 1, 2, `User` or `QCS`")
            }
            isPreset = preset
        }
        let document = try EmbeddedPolicyReader.parse(try cursor.requiredField("PolicyDocument"), isTrustPolicy: false)
        content.addPolicy(CAMPolicy(
            id: CAMNames.policy(owner: owner, id: id), name: name, kind: .identity, isPreset: isPreset, document: document, provenance: cursor.location))
    }

    private mutating func attachments(_ cursor: Cursor, to principal: PrincipalID) throws(InputError) {
        guard let list = try cursor.field("attachedPolicies"), !list.isNull else { return }
        for entry in try list.elements() {
            let id = try FlexibleFields.identifier(try entry.requiredField("PolicyId"))
            let policyID = CAMNames.policy(owner: owner, id: id)
            content.model.attachments[principal, default: []].append(PolicyAttachment(policyID: policyID, location: entry.location))
            if content.model.policies[policyID] == nil {
                let name = try FlexibleFields.text(entry, "PolicyName") ?? id
                content.warnings.append(entry.error("input.tencentcloud.missing-policy", "policy `\(name)` (id \(id)) is attached to `\(principal.rawValue)` but its document is not in the bundle; its permissions are not counted"))
            }
        }
    }

    private mutating func boundary(_ cursor: Cursor, of principal: PrincipalID) throws(InputError) {
        guard let boundary = try cursor.field("permissionBoundary"), !boundary.isNull else { return }
        let id = try FlexibleFields.identifier(try boundary.requiredField("PolicyId"))
        let name = try FlexibleFields.text(boundary, "PolicyName") ?? id
        let policyID = CAMNames.policy(owner: owner, id: id)
        if let documentCursor = try boundary.field("PolicyDocument"), !documentCursor.isNull {
            let document = try EmbeddedPolicyReader.parse(documentCursor, isTrustPolicy: false)
            let boundaryID = policyID + "#boundary"
            content.addPolicy(CAMPolicy(id: boundaryID, name: name, kind: .boundary, isPreset: false, document: document, provenance: boundary.location))
            content.model.boundaries[principal] = PolicyAttachment(policyID: boundaryID, location: boundary.location)
        } else {
            content.model.boundaries[principal] = PolicyAttachment(policyID: policyID, location: boundary.location)
        }
    }

    private mutating func readGroup(_ cursor: Cursor) throws(InputError) {
        let group = try cursor.requiredField("group")
        let id = try FlexibleFields.identifier(try group.requiredField("GroupId"))
        let name = try group.requiredField("GroupName").scalarText()
        let principal = CAMNames.group(owner: owner, id: id)
        content.addPrincipal(Principal(
            id: principal, provider: .tencentcloud, kind: .group, displayName: name,
            aliases: ["group/\(name)", "groupid/\(id)"], provenance: group.location))
        try attachments(cursor, to: principal)
        if let members = try cursor.field("members"), !members.isNull {
            for member in try members.elements() {
                let uin = try FlexibleFields.identifier(try member.requiredField("Uin"))
                let user = CAMNames.user(owner: owner, uin: uin)
                content.model.groupsOfUser[user, default: []].append(principal)
                if let edge = Edge(from: user, to: principal, kind: .memberOf, reason: "ListUsersForGroup lists sub-user \(uin) in group `\(name)`", source: member.location) {
                    content.fragment.edges.append(edge)
                }
            }
        }
    }

    private mutating func readUser(_ cursor: Cursor) throws(InputError) {
        let user = try cursor.requiredField("user")
        let uin = try FlexibleFields.identifier(try user.requiredField("Uin"))
        let name = try user.requiredField("Name").scalarText()
        let principal = CAMNames.user(owner: owner, uin: uin)
        var consoleLogin: Bool?
        var human = HumanStatus.unknown
        if let login = try user.field("ConsoleLogin"), !login.isNull {
            consoleLogin = try FlexibleFields.flag(login)
            if consoleLogin == true { human = .human }
        }
        var mfa = MFAState.unknown
        var loginFactors: [String] = [], actionFactors: [String] = []
        var mfaLocation: FileLocation?
        if let flags = try cursor.field("safeAuthFlags"), !flags.isNull {
            loginFactors = try MFAFlags.enabledFactors(try flags.field("LoginFlag"))
            actionFactors = try MFAFlags.enabledFactors(try flags.field("ActionFlag"))
            let location = try flags.field("LoginFlag")?.location ?? flags.location
            mfaLocation = location
            mfa = MFAFlags.state(login: loginFactors, action: actionFactors, location: location)
        }
        var credentials: [Credential] = []
        if consoleLogin == true {
            credentials.append(Credential(kind: .password, isActive: true, location: try user.field("ConsoleLogin")?.location))
        }
        var lastUsed: [String: String] = [:]
        if let rows = try cursor.field("accessKeysLastUsed"), !rows.isNull {
            for row in try rows.elements() {
                if let id = try FlexibleFields.text(row, "SecretId"), let date = try FlexibleFields.text(row, "LastUsedDate") { lastUsed[id] = date }
            }
        }
        if let keys = try cursor.field("accessKeys"), !keys.isNull {
            for key in try keys.elements() {
                let id = try key.requiredField("AccessKeyId").scalarText()
                let status = try FlexibleFields.text(key, "Status") ?? "Active"
                credentials.append(Credential(
                    kind: .accessKey, identifier: id, isActive: status.lowercased() == "active",
                    created: try FlexibleFields.text(key, "CreateTime"), lastUsed: lastUsed[id], location: key.location))
            }
        }
        content.addPrincipal(Principal(
            id: principal, provider: .tencentcloud, kind: .user, displayName: name,
            aliases: [name, "uin/\(uin)", uin], human: human, mfa: mfa, credentials: credentials, provenance: user.location))
        content.model.users[principal] = CAMUser(
            id: principal, name: name, uin: uin, consoleLogin: consoleLogin, loginFactors: loginFactors,
            actionFactors: actionFactors, mfaLocation: mfaLocation, location: user.location)
        try attachments(cursor, to: principal)
        try boundary(cursor, of: principal)
    }

    private mutating func readRole(_ cursor: Cursor) throws(InputError) {
        let role = try cursor.requiredField("role")
        let name = try role.requiredField("RoleName").scalarText()
        let roleID = try FlexibleFields.identifier(try role.requiredField("RoleId"))
        let principal = CAMNames.role(owner: owner, name: name)
        var trustID: String?
        if let document = try role.field("PolicyDocument"), !document.isNull {
            let trust = try EmbeddedPolicyReader.parse(document, isTrustPolicy: true)
            let id = principal.rawValue + "#trust"
            content.addPolicy(CAMPolicy(id: id, name: "trust policy of \(name)", kind: .trust, isPreset: false, document: trust, provenance: document.location))
            trustID = id
        }
        content.addPrincipal(Principal(
            id: principal, provider: .tencentcloud, kind: .role, displayName: name,
            aliases: ["roleName/\(name)", "role/\(name)", roleID], human: .machine, provenance: role.location))
        content.model.roles[principal] = CAMRole(id: principal, name: name, roleID: roleID, trustPolicyID: trustID, location: role.location)
        try attachments(cursor, to: principal)
        try boundary(cursor, of: principal)
    }

    /// An OIDC or SAML identity provider, as the federated principal trust policies name, with
    /// its issuer and audiences as tags (for matching tokens of other systems, such as GitHub).
    private mutating func readIdentityProvider(_ cursor: Cursor, kind: String) throws(InputError) {
        let name = try cursor.requiredField("Name").scalarText()
        var tags: [String: String] = [:]
        if let issuer = try FlexibleFields.text(cursor, "IdentityUrl") { tags["issuer"] = issuer }
        if let clients = try cursor.field("ClientId"), !clients.isNull {
            var audiences: [String] = []
            for client in clients.oneOrMany() { audiences.append(try client.scalarText()) }
            tags["audiences"] = audiences.joined(separator: ",")
        }
        content.addPrincipal(Principal(
            id: PrincipalID("qcs::cam::uin/\(owner):\(kind)/\(name)"), provider: .tencentcloud, kind: .federated,
            displayName: name, aliases: ["\(kind)/\(name)"], human: .unknown, tags: tags, provenance: cursor.location))
    }

    private mutating func readRegistry(_ cursor: Cursor) throws(InputError) {
        let instance = try cursor.requiredField("instance")
        let instanceID = try instance.requiredField("RegistryId").scalarText()
        let region = try FlexibleFields.text(instance, "RegionName") ?? ""
        try readServiceAccounts(cursor, instanceID: instanceID, region: region)
        guard let namespaces = try cursor.field("namespaces"), !namespaces.isNull else { return }
        for namespace in try namespaces.elements() {
            let name = try namespace.requiredField("Name").scalarText()
            let publicCursor = try namespace.requiredField("Public")
            let isPublic = try FlexibleFields.flag(publicCursor)
            let resourceID = CAMNames.registryNamespace(owner: owner, region: region, instance: instanceID, name: name)
            content.model.registryNamespaces.append(TCRNamespace(instanceID: instanceID, name: name, isPublic: isPublic, publicLocation: publicCursor.location, resourceID: resourceID))
            content.fragment.resources.append(Resource(
                id: resourceID,
                provider: .tencentcloud, type: "tcr:namespace", displayName: "\(instanceID)/\(name)",
                tags: ["public": isPublic ? "true" : "false"], provenance: namespace.location))
        }
    }

    private mutating func readServiceAccounts(_ cursor: Cursor, instanceID: String, region: String) throws(InputError) {
        guard let accounts = try cursor.field("serviceAccounts"), !accounts.isNull else { return }
        for account in try accounts.elements() {
            let name = try account.requiredField("Name").scalarText()
            let id = PrincipalID("tcr:\(instanceID):serviceaccount:\(name)")
            var grants: [TCRServiceAccount.Grant] = []
            if let permissions = try account.field("Permissions"), !permissions.isNull {
                for permission in try permissions.elements() {
                    let namespace = try permission.requiredField("Resource").scalarText()
                    var actions: Set<String> = []
                    for action in try permission.requiredField("Actions").elements() {
                        actions.insert(CAMActionPattern.removingPrefix(try action.string()).lowercased())
                    }
                    let pattern = "qcs::tcr:\(region):uin/\(owner):repository/\(instanceID)/\(namespace)/*"
                    guard let repositories = QCSResourcePattern(pattern) else {
                        throw permission.error("input.tencentcloud.tcr-namespace", "namespace `\(namespace)` does not make a repository name")
                    }
                    grants.append(.init(namespace: namespace, actions: actions, repositories: repositories, location: permission.location))
                }
            }
            var disabled = false
            if let flag = try account.field("Disable"), !flag.isNull { disabled = try FlexibleFields.flag(flag) }
            let expires = try FlexibleFields.text(account, "ExpiresAt")
            content.model.registryServiceAccounts[id] = TCRServiceAccount(
                id: id, name: name, instanceID: instanceID, isDisabled: disabled, grants: grants, location: account.location)
            content.addPrincipal(Principal(
                id: id, provider: .tencentcloud, kind: .serviceAccount, displayName: name, aliases: [name], human: .machine,
                credentials: [Credential(kind: .password, identifier: name, isActive: !disabled, created: try FlexibleFields.text(account, "CreateTime"), lastUsed: nil, location: account.location)],
                tags: expires.map { ["expiresAt": $0] } ?? [:], provenance: account.location))
        }
    }

    private mutating func readClusterPermissions(_ cursor: Cursor) throws(InputError) {
        let uin = try FlexibleFields.identifier(try cursor.requiredField("targetUin"))
        guard let permissions = try cursor.field("permissions"), !permissions.isNull else { return }
        for permission in try permissions.elements() {
            content.model.clusterUserPermissions.append(TKEUserPermission(
                subaccountUin: uin, clusterID: try permission.requiredField("ClusterId").scalarText(),
                namespace: try FlexibleFields.text(permission, "Namespace") ?? "",
                roleName: try permission.requiredField("RoleName").scalarText(),
                roleType: try FlexibleFields.text(permission, "RoleType") ?? "", location: permission.location))
        }
    }

    private mutating func readCluster(_ cursor: Cursor) throws(InputError) {
        let clusterID = try cursor.requiredField("clusterId").scalarText()
        guard let names = try cursor.field("commonNames"), !names.isNull else { return }
        for entry in try names.elements() {
            let uin = try FlexibleFields.identifier(try entry.requiredField("SubaccountUin"))
            let commonName = try entry.requiredField("CN").scalarText()
            content.model.clusterCommonNames.append(TKECommonName(clusterID: clusterID, subaccountUin: uin, commonName: commonName, location: entry.location))
            let from = CAMNames.user(owner: owner, uin: uin)
            if let edge = Edge(
                from: from, to: PrincipalID("k8s:\(clusterID):user:\(commonName)"), kind: .mapsTo,
                reason: "TKE cluster `\(clusterID)` issues sub-account \(uin) a client certificate with common name `\(commonName)`",
                source: entry.location) {
                content.fragment.edges.append(edge)
            }
        }
    }
}
