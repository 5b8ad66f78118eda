import AccessGraph
import Documents

/// A parsed policy document in the role it plays: an identity policy of a user, a trust policy
/// of a role, a bucket policy, an SCP.
public struct AttachedPolicy: Sendable, Hashable {
    /// The canonical id (a policy ARN, or `inline:<owner>:<name>` for inline policies).
    public var id: String
    /// Its name.
    public var name: String
    /// Its role in evaluation.
    public var kind: PolicyKind
    /// The document.
    public var document: PolicyDocument

    /// Makes a policy.
    public init(id: String, name: String, kind: PolicyKind, document: PolicyDocument) {
        self.id = id
        self.name = name
        self.kind = kind
        self.document = document
    }

    /// The provider-neutral policy for the graph.
    public var graphPolicy: Policy {
        Policy(
            id: id, provider: .aws, kind: kind, name: name,
            statements: document.statements.map { statement in
                Statement(index: statement.index, name: statement.sid, effect: statement.effect, summary: statement.summary, provenance: statement.location)
            },
            provenance: document.location)
    }
}
