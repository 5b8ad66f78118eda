import AccessGraph
import Documents

/// What one `get-account-authorization-details` export says, before policies are resolved
/// across files.
struct AuthorizationDetails: Sendable {
    /// A customer or AWS managed policy with every version kept.
    struct ManagedPolicy: Sendable {
        var arn: String
        var name: String
        /// The versions, each with whether it is the default (the one in force).
        var versions: [(id: String, isDefault: Bool, document: PolicyDocument)]
        var location: FileLocation

        /// The version in force.
        var defaultDocument: PolicyDocument? {
            versions.first { $0.isDefault }?.document
        }
    }

    /// A user, group or role entry.
    struct Entity: Sendable {
        var kind: PrincipalKind
        var name: String
        var arn: String
        var uniqueID: String?
        var inlinePolicies: [(name: String, document: PolicyDocument)] = []
        var attachedPolicies: [(arn: String, location: FileLocation)] = []
        var boundaryARN: (arn: String, location: FileLocation)?
        var tags: [String: String] = [:]
        var groups: [(name: String, location: FileLocation)] = []
        var trustPolicy: PolicyDocument?
        var instanceProfiles: [String] = []
        var location: FileLocation

        /// The account segment of the ARN.
        var account: String {
            ARNPattern.split(arn)?[4] ?? ""
        }
    }

    var policies: [ManagedPolicy] = []
    var entities: [Entity] = []
}

/// Reads `aws iam get-account-authorization-details` output, whichever way it was written:
/// documents decoded or URL-encoded, any list or field absent, dates in any style (dates are not
/// interpreted).
enum AuthorizationDetailsReader {
    /// The top-level lists that identify the format.
    static let lists = ["UserDetailList", "GroupDetailList", "RoleDetailList", "Policies"]

    /// Whether a document looks like this format: a mapping with at least one of the lists.
    static func recognises(_ root: Node) -> Bool {
        guard case .mapping(let entries) = root.value else { return false }
        return entries.contains { lists.contains($0.key.stringValue ?? "") }
    }

    static func read(_ root: Cursor) throws(InputError) -> AuthorizationDetails {
        var details = AuthorizationDetails()
        if let users = try root.field("UserDetailList") {
            for user in try users.elements() {
                var entity = try entity(user, kind: .user, nameKey: "UserName", idKey: "UserId", inlineKey: "UserPolicyList")
                if let groups = try user.field("GroupList") {
                    entity.groups = try groups.elements().map { element throws(InputError) in (try element.string(), element.location) }
                }
                details.entities.append(entity)
            }
        }
        if let groups = try root.field("GroupDetailList") {
            for group in try groups.elements() {
                details.entities.append(try entity(group, kind: .group, nameKey: "GroupName", idKey: "GroupId", inlineKey: "GroupPolicyList"))
            }
        }
        if let roles = try root.field("RoleDetailList") {
            for role in try roles.elements() {
                var entity = try entity(role, kind: .role, nameKey: "RoleName", idKey: "RoleId", inlineKey: "RolePolicyList")
                if let trust = try role.field("AssumeRolePolicyDocument") {
                    entity.trustPolicy = try PolicyParser.parse(try EmbeddedPolicy.cursor(trust))
                }
                if let profiles = try role.field("InstanceProfileList") {
                    for profile in try profiles.elements() {
                        if let arn = try profile.field("Arn") { entity.instanceProfiles.append(try arn.string()) }
                    }
                }
                details.entities.append(entity)
            }
        }
        if let policies = try root.field("Policies") {
            for policy in try policies.elements() {
                let arn = try policy.requiredField("Arn").string()
                let name = try policy.field("PolicyName")?.string() ?? arn
                let defaultID = try policy.field("DefaultVersionId")?.string()
                var versions: [(id: String, isDefault: Bool, document: PolicyDocument)] = []
                if let list = try policy.field("PolicyVersionList") {
                    for version in try list.elements() {
                        let id = try version.field("VersionId")?.string() ?? ""
                        let isDefault = try version.field("IsDefaultVersion")?.bool() ?? (id == defaultID)
                        let document = try PolicyParser.parse(try EmbeddedPolicy.cursor(try version.requiredField("Document")))
                        versions.append((id, isDefault, document))
                    }
                }
                details.policies.append(AuthorizationDetails.ManagedPolicy(arn: arn, name: name, versions: versions, location: policy.location))
            }
        }
        return details
    }

    /// The fields users, groups and roles share.
    static func entity(_ cursor: Cursor, kind: PrincipalKind, nameKey: String, idKey: String, inlineKey: String) throws(InputError) -> AuthorizationDetails.Entity {
        let name = try cursor.requiredField(nameKey).string()
        let arn = try cursor.requiredField("Arn").string()
        guard ARNPattern.split(arn) != nil else {
            throw try cursor.requiredField("Arn").error("aws.arn", "`\(arn)` is not an ARN")
        }
        var entity = AuthorizationDetails.Entity(kind: kind, name: name, arn: arn, uniqueID: try cursor.field(idKey)?.string(), location: cursor.location)
        if let inline = try cursor.field(inlineKey) {
            for element in try inline.elements() {
                let policyName = try element.requiredField("PolicyName").string()
                entity.inlinePolicies.append((policyName, try PolicyParser.parse(try EmbeddedPolicy.cursor(try element.requiredField("PolicyDocument")))))
            }
        }
        if let attached = try cursor.field("AttachedManagedPolicies") {
            for element in try attached.elements() {
                entity.attachedPolicies.append((try element.requiredField("PolicyArn").string(), element.location))
            }
        }
        if let boundary = try cursor.field("PermissionsBoundary"), let arn = try boundary.field("PermissionsBoundaryArn") {
            entity.boundaryARN = (try arn.string(), arn.location)
        }
        if let tags = try cursor.field("Tags") {
            for tag in try tags.elements() {
                entity.tags[try tag.requiredField("Key").string()] = try tag.field("Value")?.scalarText() ?? ""
            }
        }
        return entity
    }
}
