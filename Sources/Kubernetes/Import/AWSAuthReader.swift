import Documents

/// Reads the `kube-system/aws-auth` ConfigMap, whose `mapRoles`, `mapUsers` and `mapAccounts`
/// are YAML documents inside strings. Entries are located at the ConfigMap key holding them (the
/// embedded text has its own line numbers).
enum AWSAuthReader {
    /// The mappings of an `aws-auth` ConfigMap; none for any other ConfigMap.
    static func mappings(_ object: Cursor) throws(InputError) -> [CloudIdentityMapping] {
        guard try ObjectMetadata.name(object) == "aws-auth", try ObjectMetadata.namespace(object) == "kube-system" else { return [] }
        guard let data = try object.field("data"), !data.isNull else { return [] }
        var result: [CloudIdentityMapping] = []
        for (key, source, arnKey) in [("mapRoles", CloudIdentityMapping.Source.awsAuthRole, "rolearn"), ("mapUsers", .awsAuthUser, "userarn")] {
            guard let field = try data.field(key), !field.isNull else { continue }
            for entry in try embeddedEntries(field, key: key) {
                do {
                    result.append(CloudIdentityMapping(
                        source: source, cloudIdentity: try ObjectFields.text(try entry.requiredField(arnKey)),
                        userName: try entry.field("username").flatMap { field throws(InputError) in field.isNull ? nil : try field.string() }, groups: try ObjectFields.texts(entry, "groups"),
                        accessPolicies: [], location: field.location))
                } catch {
                    throw relocated(error, to: field, key: key)
                }
            }
        }
        if let field = try data.field("mapAccounts"), !field.isNull {
            for entry in try embeddedEntries(field, key: "mapAccounts") {
                let account: String
                do { account = try entry.scalarText() } catch { throw relocated(error, to: field, key: "mapAccounts") }
                result.append(CloudIdentityMapping(
                    source: .awsAuthAccount, cloudIdentity: account, userName: nil, groups: [],
                    accessPolicies: [], location: field.location))
            }
        }
        return result
    }

    /// An error inside embedded text, moved to the ConfigMap key that holds the text.
    private static func relocated(_ error: InputError, to field: Cursor, key: String) -> InputError {
        let line = error.location.line.map { " (line \($0) of the embedded text)" } ?? ""
        return field.error(error.code, "in `\(key)`\(line): \(error.fullMessage)")
    }

    /// The elements of the YAML list inside a string value. Errors inside the embedded text are
    /// reported at the ConfigMap key, naming the line inside the text.
    private static func embeddedEntries(_ field: Cursor, key: String) throws(InputError) -> [Cursor] {
        let text = try field.string()
        let inner: Document
        do {
            inner = try DocumentReader.parse(Array(text.utf8), file: field.document.file, syntax: .yaml)
        } catch {
            let line = error.location.line.map { " (line \($0) of the embedded text)" } ?? ""
            throw field.error("kubernetes.aws-auth", "`\(key)` is not valid YAML\(line): \(error.message)")
        }
        guard let root = inner.rootCursors.first, !root.isNull else { return [] }
        do {
            return try root.elements()
        } catch {
            throw field.error("kubernetes.aws-auth", "`\(key)` must hold a YAML list")
        }
    }
}
