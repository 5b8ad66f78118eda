import Documents

/// Reads EKS access entries: `aws eks describe-access-entry` and
/// `aws eks list-associated-access-policies` output.
enum AccessEntryReader {
    /// Whether a root looks like either output (cheap: top-level keys only).
    static func looksLikeAccessEntries(_ root: Node) -> Bool {
        guard case .mapping(let entries) = root.value else { return false }
        return entries.contains { $0.key.stringValue == "accessEntry" || $0.key.stringValue == "associatedAccessPolicies" }
    }

    /// The mappings in one output.
    static func mappings(_ root: Cursor) throws(InputError) -> [CloudIdentityMapping] {
        if let entry = try root.field("accessEntry") {
            let principal = try entry.requiredField("principalArn")
            return [CloudIdentityMapping(
                source: .accessEntry, cloudIdentity: try principal.string(),
                userName: try entry.field("username").flatMap { field throws(InputError) in field.isNull ? nil : try field.string() },
                groups: try ObjectFields.texts(entry, "kubernetesGroups"), accessPolicies: [], location: principal.location)]
        }
        let principal = try root.requiredField("principalArn")
        var policies: [AccessPolicyAssociation] = []
        for association in try root.requiredField("associatedAccessPolicies").elements() {
            let scope = try association.field("accessScope")
            let type = try scope.flatMap { scope throws(InputError) in try ObjectFields.optionalText(scope, "type") } ?? "cluster"
            var namespaces: [String]?
            if type == "namespace", let scope { namespaces = try ObjectFields.texts(scope, "namespaces") }
            policies.append(AccessPolicyAssociation(
                policyARN: try association.requiredField("policyArn").string(), namespaces: namespaces,
                location: association.location))
        }
        return [CloudIdentityMapping(
            source: .accessEntry, cloudIdentity: try principal.string(), userName: nil, groups: [],
            accessPolicies: policies, location: principal.location)]
    }
}
