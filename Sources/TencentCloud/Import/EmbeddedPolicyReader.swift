import AccessGraph
import Documents

/// Reads a policy document that the API returns as a JSON string (with escaped slashes) or that
/// the export script has already decoded into an object; unwraps the `{"strategyInfo": …}`
/// envelope of permission-boundary responses.
///
/// A decoded document keeps exact locations. For a document still inside a string, locations
/// point at the string itself (errors say where inside it the problem is).
enum EmbeddedPolicyReader {
    static func parse(_ cursor: Cursor, isTrustPolicy: Bool) throws(InputError) -> CAMPolicyDocument {
        if case .string(let text) = cursor.node.value {
            let outer = cursor.location
            let inner: Document
            do {
                inner = try DocumentReader.parse(Array(text.utf8), file: embeddedName, syntax: .json)
            } catch {
                throw InputError(code: error.code, message: "in the policy document string: \(error.fullMessage) (at \(error.location.line ?? 0):\(error.location.column ?? 0) of the string)", location: outer)
            }
            do {
                return relocated(try CAMPolicyParser(isTrustPolicy: isTrustPolicy).parse(try unwrapped(inner.root())), to: outer)
            } catch {
                let position = error.location.position.map { " (at \($0.line):\($0.column) of the string)" } ?? ""
                throw InputError(code: error.code, message: error.message + position, location: outer, suggestion: error.suggestion)
            }
        }
        return try CAMPolicyParser(isTrustPolicy: isTrustPolicy).parse(try unwrapped(cursor))
    }

    /// The document with every location replaced by the enclosing string's.
    private static func relocated(_ document: CAMPolicyDocument, to outer: FileLocation) -> CAMPolicyDocument {
        var copy = document
        copy.location = outer
        copy.statements = document.statements.map { $0.relocated(to: outer) }
        return copy
    }

    /// The name given to a document parsed out of a string, to tell its errors apart.
    private static let embeddedName = "<policy document string>"

    private static func unwrapped(_ cursor: Cursor) throws(InputError) -> Cursor {
        if cursor.isMapping, let inner = try cursor.field("strategyInfo"), try cursor.field("statement") == nil {
            return inner
        }
        return cursor
    }
}
