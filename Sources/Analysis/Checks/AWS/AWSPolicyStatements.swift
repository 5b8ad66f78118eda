import AWS
import AccessGraph

/// The AWS policy statements checks look at: every document the AWS importer parsed (policies in
/// force, trust policies, resource policies, standalone files), with the policy each belongs to.
struct AWSPolicyStatements {
    /// One statement with its policy.
    struct Entry {
        var policy: AttachedPolicy
        var statement: PolicyStatement

        /// A fingerprint anchor that survives edits elsewhere: policy id and statement identity.
        var anchor: String {
            "\(policy.id):\(statement.sid.map { "sid:\($0)" } ?? "index:\(statement.index)")"
        }

        /// How messages name the statement: ``statement `Push` of policy `ci` ``.
        var label: String {
            "\(statement.label) of \(policy.kind.rawValue) policy `\(policy.name)`"
        }
    }

    /// Every statement of every parsed AWS document, in input order.
    static func all(in context: AnalysisContext) -> [Entry] {
        guard let model = context.model(AWSModel.self, of: .aws) else { return [] }
        return model.documents.flatMap { policy in policy.document.statements.map { Entry(policy: policy, statement: $0) } }
    }
}
