import AccessGraph
import Documents

/// A CAM policy with its document: a custom or preset policy from the account, a permission
/// boundary, a role's trust policy or a standalone policy file.
///
/// A class, so that the many principals holding one policy share it and evaluation never copies
/// its statements.
public final class CAMPolicy: Sendable, Hashable {
    /// The canonical id (`qcs::cam::uin/100000000001:policyid/42`, `file:policy.json`).
    public let id: String
    /// The policy's name.
    public let name: String
    /// Its role in evaluation.
    public let kind: PolicyKind
    /// Whether it is a Tencent Cloud preset policy (`QCS` type).
    public let isPreset: Bool
    /// The document.
    public let document: CAMPolicyDocument
    /// Where the policy is defined.
    public let provenance: FileLocation

    /// Makes a policy.
    public init(id: String, name: String, kind: PolicyKind, isPreset: Bool, document: CAMPolicyDocument, provenance: FileLocation) {
        self.id = id
        self.name = name
        self.kind = kind
        self.isPreset = isPreset
        self.document = document
        self.provenance = provenance
    }

    public static func == (lhs: CAMPolicy, rhs: CAMPolicy) -> Bool {
        lhs.id == rhs.id && lhs.kind == rhs.kind && lhs.document == rhs.document
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
    }

    /// The provider-neutral policy for the graph.
    public var graphPolicy: Policy {
        Policy(
            id: id, provider: .tencentcloud, kind: kind, name: name,
            statements: document.statements.map {
                Statement(index: $0.index, effect: $0.effect, summary: $0.summary, provenance: $0.location)
            },
            provenance: provenance)
    }
}

/// A policy attached to a principal, with where the attachment is recorded.
public struct PolicyAttachment: Sendable, Hashable {
    /// The attached policy's id.
    public var policyID: String
    /// The attachment's record.
    public var location: FileLocation

    /// Makes an attachment.
    public init(policyID: String, location: FileLocation) {
        self.policyID = policyID
        self.location = location
    }
}
