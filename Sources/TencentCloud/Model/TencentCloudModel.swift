import AccessGraph
import Documents

/// What the Tencent Cloud importer read: policies, who holds them, trust policies, MFA settings,
/// TCR namespaces and TKE common names — for the authorizer and the checks.
public struct TencentCloudModel: Sendable {
    /// Every policy read, by id.
    public var policies: [String: CAMPolicy] = [:]
    /// Policies attached directly to each user, group or role.
    public var attachments: [PrincipalID: [PolicyAttachment]] = [:]
    /// The groups each user belongs to.
    public var groupsOfUser: [PrincipalID: [PrincipalID]] = [:]
    /// The permission boundary of users and roles that have one.
    public var boundaries: [PrincipalID: PolicyAttachment] = [:]
    /// Sub-users, by id.
    public var users: [PrincipalID: CAMUser] = [:]
    /// Roles, by id.
    public var roles: [PrincipalID: CAMRole] = [:]
    /// TCR namespaces.
    public var registryNamespaces: [TCRNamespace] = []
    /// TCR service accounts, by principal id.
    public var registryServiceAccounts: [PrincipalID: TCRServiceAccount] = [:]
    /// TKE cluster common names (sub-account uin → Kubernetes user).
    public var clusterCommonNames: [TKECommonName] = []
    /// TKE authorization granted to sub-accounts through the console (`DescribeUserPermissions`).
    public var clusterUserPermissions: [TKEUserPermission] = []
    /// Policies read from standalone policy files.
    public var standalonePolicyIDs: [String] = []

    /// Makes an empty model.
    public init() {}

    /// Adds another model's contents (from another file).
    public mutating func merge(_ other: TencentCloudModel) {
        policies.merge(other.policies) { first, _ in first }
        for (id, list) in other.attachments { attachments[id, default: []] += list }
        for (id, list) in other.groupsOfUser { groupsOfUser[id, default: []] += list }
        boundaries.merge(other.boundaries) { first, _ in first }
        users.merge(other.users) { first, _ in first }
        roles.merge(other.roles) { first, _ in first }
        registryNamespaces += other.registryNamespaces
        registryServiceAccounts.merge(other.registryServiceAccounts) { first, _ in first }
        clusterCommonNames += other.clusterCommonNames
        clusterUserPermissions += other.clusterUserPermissions
        standalonePolicyIDs += other.standalonePolicyIDs
    }

    /// The identity policies in force for a principal: its own and its groups', with the
    /// attachment that brings each.
    public func identityPolicies(of principal: PrincipalID) -> [(policy: CAMPolicy?, attachment: PolicyAttachment, via: PrincipalID?)] {
        var result: [(CAMPolicy?, PolicyAttachment, PrincipalID?)] = []
        for attachment in attachments[principal] ?? [] {
            result.append((policies[attachment.policyID], attachment, nil))
        }
        for group in groupsOfUser[principal] ?? [] {
            for attachment in attachments[group] ?? [] {
                result.append((policies[attachment.policyID], attachment, group))
            }
        }
        return result
    }
}

/// A CAM sub-user as exported.
public struct CAMUser: Sendable, Hashable {
    /// The principal id.
    public var id: PrincipalID
    /// The user name.
    public var name: String
    /// The sub-account uin.
    public var uin: String
    /// Whether console login is enabled (`ConsoleLogin` 1).
    public var consoleLogin: Bool?
    /// Login protection factors enabled (`LoginFlag` entries set to 1).
    public var loginFactors: [String]
    /// Sensitive-operation protection factors enabled (`ActionFlag` entries set to 1).
    public var actionFactors: [String]
    /// Where the MFA settings are, if exported.
    public var mfaLocation: FileLocation?
    /// Where the user is defined.
    public var location: FileLocation

    /// Makes a user.
    public init(id: PrincipalID, name: String, uin: String, consoleLogin: Bool?, loginFactors: [String], actionFactors: [String], mfaLocation: FileLocation?, location: FileLocation) {
        self.id = id
        self.name = name
        self.uin = uin
        self.consoleLogin = consoleLogin
        self.loginFactors = loginFactors
        self.actionFactors = actionFactors
        self.mfaLocation = mfaLocation
        self.location = location
    }
}

/// A CAM role with its trust policy.
public struct CAMRole: Sendable, Hashable {
    /// The principal id.
    public var id: PrincipalID
    /// The role name.
    public var name: String
    /// The role id (19 digits, kept as text).
    public var roleID: String
    /// The trust policy's id in ``TencentCloudModel/policies``, if it parsed.
    public var trustPolicyID: String?
    /// Where the role is defined.
    public var location: FileLocation
    /// Its qcs name split into segments, for matching `sts:AssumeRole` resources.
    public let resourceName: QCSResourceName?

    /// Makes a role.
    public init(id: PrincipalID, name: String, roleID: String, trustPolicyID: String?, location: FileLocation) {
        self.resourceName = QCSResourceName(id.rawValue)
        self.id = id
        self.name = name
        self.roleID = roleID
        self.trustPolicyID = trustPolicyID
        self.location = location
    }
}

/// A TCR namespace.
public struct TCRNamespace: Sendable, Hashable {
    /// The registry instance id.
    public var instanceID: String
    /// The namespace name.
    public var name: String
    /// Whether anyone may pull from it (`Public`).
    public var isPublic: Bool
    /// Where the `Public` flag is written.
    public var publicLocation: FileLocation
    /// The graph resource's id (`qcs::tcr:REGION:uin/OWNER:instance/ID/namespace/NAME`), when the
    /// input names the owner.
    public var resourceID: String?

    /// Makes a namespace.
    public init(instanceID: String, name: String, isPublic: Bool, publicLocation: FileLocation, resourceID: String? = nil) {
        self.resourceID = resourceID
        self.instanceID = instanceID
        self.name = name
        self.isPublic = isPublic
        self.publicLocation = publicLocation
    }
}

/// A TKE cluster common name: the Kubernetes user a sub-account's client certificate names.
public struct TKECommonName: Sendable, Hashable {
    /// The cluster id.
    public var clusterID: String
    /// The sub-account uin.
    public var subaccountUin: String
    /// The certificate's common name (`<uin>-<timestamp>`).
    public var commonName: String
    /// Where it is written.
    public var location: FileLocation

    /// Makes a common name.
    public init(clusterID: String, subaccountUin: String, commonName: String, location: FileLocation) {
        self.clusterID = clusterID
        self.subaccountUin = subaccountUin
        self.commonName = commonName
        self.location = location
    }
}

/// A TKE RBAC role given to a sub-account through the TKE console (`DescribeUserPermissions`).
public struct TKEUserPermission: Sendable, Hashable {
    /// The sub-account uin.
    public var subaccountUin: String
    /// The cluster id.
    public var clusterID: String
    /// The namespace, empty for a cluster-wide role.
    public var namespace: String
    /// The role (`tke:admin`, `tke:ns:dev`, or a custom role name).
    public var roleName: String
    /// `cluster` or `namespace`.
    public var roleType: String
    /// Where it is written.
    public var location: FileLocation

    /// Makes a permission.
    public init(subaccountUin: String, clusterID: String, namespace: String, roleName: String, roleType: String, location: FileLocation) {
        self.subaccountUin = subaccountUin
        self.clusterID = clusterID
        self.namespace = namespace
        self.roleName = roleName
        self.roleType = roleType
        self.location = location
    }
}
