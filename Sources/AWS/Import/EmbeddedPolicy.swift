import Documents
import Foundation

/// Reads a policy document that an export gives either decoded (a JSON object: the AWS CLI,
/// boto3) or as a string (RFC 3986 URL-encoded JSON from the raw API and Go SDK, or plain JSON text
/// from `describe-policy`, `get-bucket-policy`, `get-repository-policy`).
enum EmbeddedPolicy {
    /// A cursor on the document's root. For a string, the decoded tree is positioned at the
    /// string itself (line and column inside an encoded string mean nothing to a reader), with
    /// JSON pointers continuing from the string's pointer.
    static func cursor(_ value: Cursor) throws(InputError) -> Cursor {
        guard case .string(let text) = value.node.value else {
            guard value.isMapping else { throw value.mismatch(expected: "a policy document (an object or an encoded string)") }
            return value
        }
        var json = text
        if !text.hasPrefix("{"), text.contains("%") {
            guard let decoded = text.removingPercentEncoding else {
                throw value.error("aws.policy.encoding", "policy document is not valid URL-encoded text")
            }
            json = decoded
        }
        let inner: Document
        do {
            inner = try DocumentReader.parse(Array(json.utf8), file: value.document.file, syntax: .json)
        } catch {
            throw value.error("aws.policy.embedded", "embedded policy document is not valid JSON: \(error.message)")
        }
        guard let root = inner.roots.first else {
            throw value.error("aws.policy.embedded", "embedded policy document is empty")
        }
        let position = value.location.position
        return Cursor(document: value.document, node: relocate(root, to: position), pointer: value.pointer, documentIndex: value.documentIndex)
    }

    /// The tree with every node placed at one position.
    static func relocate(_ node: Node, to position: SourceLocation?) -> Node {
        var copy = node
        copy.location = position
        switch node.value {
        case .sequence(let items):
            copy.value = .sequence(items.map { relocate($0, to: position) })
        case .mapping(let entries):
            copy.value = .mapping(entries.map { MappingEntry(key: relocate($0.key, to: position), value: relocate($0.value, to: position)) })
        default:
            break
        }
        return copy
    }
}
