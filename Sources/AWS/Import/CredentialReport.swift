import AccessGraph
import Documents
import Foundation

/// One row of an IAM credential report: a user (or the `<root_account>`) with its password, MFA
/// and access keys.
struct CredentialReportRow: Sendable {
    var user: String
    var arn: String
    var passwordEnabled: Bool?
    var mfaActive: Bool?
    var credentials: [Credential]
    var location: FileLocation
    /// Where the `mfa_active` field is.
    var mfaLocation: FileLocation

    /// Whether it is the account's root user.
    var isRoot: Bool { user == "<root_account>" }
}

/// Reads the IAM credential report CSV by column name. `N/A`, `no_information` and
/// `not_supported` mean "no value"; the root account's `password_enabled` is `not_supported`.
enum CredentialReportReader {
    /// The columns that identify the format.
    static let identifyingColumns = ["user", "arn", "mfa_active", "password_enabled"]

    static func recognises(_ document: Document) -> Bool {
        guard document.syntax == .csv, let root = document.roots.first, case .sequence(let rows) = root.value,
              let first = rows.first, case .mapping(let entries) = first.value else { return false }
        let columns = Set(entries.compactMap(\.key.stringValue))
        return identifyingColumns.allSatisfy(columns.contains)
    }

    /// Reads `aws iam get-credential-report` JSON output: the CSV in `Content`, base64-encoded
    /// as the API returns it or already decoded. Rows are placed at the `Content` string.
    static func readWrapped(_ root: Cursor) throws(InputError) -> [CredentialReportRow] {
        let content = try root.requiredField("Content")
        let text = try content.string()
        var bytes = Array(text.utf8)
        if !text.contains(","), let decoded = Data(base64Encoded: text, options: .ignoreUnknownCharacters) {
            bytes = Array(decoded)
        }
        let inner: Document
        do {
            inner = try DocumentReader.parse(bytes, file: root.document.file, syntax: .csv)
        } catch {
            throw content.error("aws.credential-report.content", "credential report content is not valid CSV: \(error.message)")
        }
        guard let rows = inner.roots.first else { return [] }
        let relocated = EmbeddedPolicy.relocate(rows, to: content.location.position)
        return try read(Cursor(document: root.document, node: relocated, pointer: content.pointer, documentIndex: root.documentIndex))
    }

    static func read(_ root: Cursor) throws(InputError) -> [CredentialReportRow] {
        try root.elements().map { row throws(InputError) in
            func text(_ column: String) throws(InputError) -> String? {
                guard let value = try row.field(column)?.scalarText() else { return nil }
                return ["N/A", "no_information", "not_supported", ""].contains(value) ? nil : value
            }
            func flag(_ column: String) throws(InputError) -> Bool? {
                guard let value = try text(column) else { return nil }
                switch value.lowercased() {
                case "true": return true
                case "false": return false
                default:
                    throw try row.requiredField(column).error("aws.credential-report.value", "expected `true` or `false` in column `\(column)`, found `\(value)`")
                }
            }
            let arn = try row.requiredField("arn").string()
            var credentials: [Credential] = []
            let passwordEnabled = try flag("password_enabled")
            if passwordEnabled == true {
                credentials.append(Credential(kind: .password, isActive: true, created: try text("password_last_changed"), lastUsed: try text("password_last_used"), location: try row.field("password_enabled")?.location))
            }
            for number in 1...2 {
                let prefix = "access_key_\(number)"
                guard let active = try flag("\(prefix)_active") else { continue }
                let rotated = try text("\(prefix)_last_rotated")
                guard active || rotated != nil else { continue }
                credentials.append(Credential(
                    kind: .accessKey, identifier: "access key \(number)", isActive: active, created: rotated,
                    lastUsed: try text("\(prefix)_last_used_date"), location: try row.field("\(prefix)_active")?.location))
            }
            return CredentialReportRow(
                user: try row.requiredField("user").string(), arn: arn, passwordEnabled: passwordEnabled,
                mfaActive: try flag("mfa_active"), credentials: credentials, location: row.location,
                mfaLocation: try row.requiredField("mfa_active").location)
        }
    }
}
