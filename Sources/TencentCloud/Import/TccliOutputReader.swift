import AccessGraph
import Documents

/// Reads one tccli output (`tccli cam GetPolicy …`), bare or wrapped in `{"Response": …}` as
/// the API examples show it.
///
/// A single output does not name the account that owns it, so it cannot yield canonical
/// principal ids (`qcs::cam::uin/OWNER:…`): it contributes the policy documents it carries
/// (custom and preset policies, trust policies, permission boundaries), each checked in full,
/// and the TCR namespaces it lists. The bundle carries everything else.
struct TccliOutputReader {
    /// The response keys this reader recognises, with the API that returns them.
    static let knownKeys: [String: String] = [
        "PolicyDocument": "GetPolicy / Get…PermissionBoundary", "RoleInfo": "GetRole", "List": "DescribeRoleList / ListPolicies / ListAttached…Policies",
        "Data": "ListUsers", "UserInfo": "ListUsersForGroup", "GroupInfo": "ListGroups", "PolicyList": "ListAttachedUserAllPolicies",
        "AccessKeys": "ListAccessKeys", "SecretIdLastUsedRows": "GetSecurityLastUsed", "LoginFlag": "DescribeSafeAuthFlagColl",
        "IdentityUrl": "DescribeOIDCConfig", "SAMLProviderSet": "ListSAMLProviders", "Registries": "tcr DescribeInstances",
        "NamespaceList": "tcr DescribeNamespaces", "CommonNames": "tke DescribeClusterCommonNames", "Uin": "GetUser",
        "ServiceAccounts": "tcr DescribeServiceAccounts", "Tokens": "tcr DescribeInstanceToken", "GroupId": "GetGroup",
        "Permissions": "tke DescribeUserPermissions",
    ]

    /// The response body if the document looks like a tccli output this reader knows.
    static func body(of root: Cursor) -> Cursor? {
        guard root.isMapping else { return nil }
        var body = root
        if let response = try? root.field("Response"), response.isMapping { body = response }
        guard (try? body.field("RequestId")) != nil, let entries = try? body.entries() else { return nil }
        return entries.contains { knownKeys[$0.key] != nil } ? body : nil
    }

    let body: Cursor
    var content = ImportedContent()

    init(body: Cursor) {
        self.body = body
    }

    mutating func read() throws(InputError) -> ImportedContent {
        let file = body.document.file
        if let document = try body.field("PolicyDocument"), !document.isNull {
            let name = try FlexibleFields.text(body, "PolicyName") ?? file
            let hasCreateMode = try body.field("CreateMode") != nil
            let hasAddTime = try body.field("AddTime") != nil
            let isBoundary = hasCreateMode && !hasAddTime
            let parsed = try EmbeddedPolicyReader.parse(document, isTrustPolicy: false)
            var presetType = false
            if let type = try body.field("Type") { presetType = FlexibleFields.isPresetPolicyType(type) ?? false }
            content.addPolicy(CAMPolicy(
                id: "file:\(file)", name: name, kind: isBoundary ? .boundary : .identity,
                isPreset: presetType,
                document: parsed, provenance: document.location))
        }
        if let role = try body.field("RoleInfo") { try readRole(role) }
        if let list = try body.field("List"), !list.isNull {
            for entry in try list.elements() where entry.isMapping {
                if try entry.field("RoleName") != nil, try entry.field("PolicyDocument") != nil { try readRole(entry) }
                if let id = try entry.field("PolicyId") { _ = try FlexibleFields.identifier(id) }
                var typeCursor = try entry.field("PolicyType")
                if typeCursor == nil { typeCursor = try entry.field("Type") }
                if let type = typeCursor, FlexibleFields.isPresetPolicyType(type) == nil {
                    throw type.error("input.tencentcloud.policy-type", "unknown policy type `\(type.node.scalarText ?? "?")`; expected 1, 2, `User` or `QCS`")
                }
            }
        }
        if let list = try body.field("PolicyList"), !list.isNull {
            for entry in try list.elements() { _ = try FlexibleFields.identifier(try entry.requiredField("PolicyId")) }
        }
        if let flags = try body.field("LoginFlag") { _ = try MFAFlags.enabledFactors(flags) }
        if let flags = try body.field("ActionFlag") { _ = try MFAFlags.enabledFactors(flags) }
        if let namespaces = try body.field("NamespaceList"), !namespaces.isNull {
            for namespace in try namespaces.elements() {
                let name = try namespace.requiredField("Name").scalarText()
                let publicCursor = try namespace.requiredField("Public")
                let isPublic = try FlexibleFields.flag(publicCursor)
                content.model.registryNamespaces.append(TCRNamespace(instanceID: "", name: name, isPublic: isPublic, publicLocation: publicCursor.location))
            }
        }
        return content
    }

    private mutating func readRole(_ role: Cursor) throws(InputError) {
        let name = try role.requiredField("RoleName").scalarText()
        if let id = try role.field("RoleId") { _ = try FlexibleFields.identifier(id) }
        guard let document = try role.field("PolicyDocument"), !document.isNull else { return }
        let trust = try EmbeddedPolicyReader.parse(document, isTrustPolicy: true)
        content.addPolicy(CAMPolicy(
            id: "file:\(body.document.file)#\(document.pointer)", name: "trust policy of \(name)", kind: .trust,
            isPreset: false, document: trust, provenance: document.location))
    }
}
