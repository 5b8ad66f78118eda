import AccessGraph
import Documents

/// A policy read from a file of its own, or from a single-resource CLI output.
struct StandalonePolicy: Sendable {
    var name: String
    var kind: PolicyKind
    var document: PolicyDocument
    /// The resources it governs when it is a resource policy (nil: the patterns in its own
    /// `Resource` elements).
    var resource: String?
    var account: String?
}

/// Recognises and reads standalone policy documents and the small AWS CLI outputs that wrap one.
enum StandaloneDocuments {
    /// The actions of a role trust policy.
    static let trustActions: Set<String> = [
        "sts:assumerole", "sts:assumerolewithwebidentity", "sts:assumerolewithsaml", "sts:tagsession",
        "sts:setsourceidentity", "sts:setcontext",
    ]

    /// The format of a JSON mapping, if it is one of these.
    static func format(of root: Node) -> InputFormat? {
        guard case .mapping(let entries) = root.value else { return nil }
        let keys = Set(entries.compactMap(\.key.stringValue))
        if keys.contains("Statement") { return AWSFormats.policy }
        if keys.contains("policyText"), keys.contains("repositoryName") { return AWSFormats.ecrRepositoryPolicy }
        if keys.contains("OpenIDConnectProviderList") { return AWSFormats.openIDConnectProviders }
        if keys.contains("Content"), keys.contains("ReportFormat") { return AWSFormats.credentialReport }
        if keys == ["Policy"], let policy = entries.first?.value {
            if case .string = policy.value { return AWSFormats.bucketPolicy }
            if case .mapping(let inner) = policy.value, inner.contains(where: { $0.key.stringValue == "Content" }) {
                return AWSFormats.organizationsPolicy
            }
        }
        return nil
    }

    /// Decides a standalone document's role by content: any `Principal`/`NotPrincipal` makes it a
    /// resource policy, or a trust policy when every action is an `sts:AssumeRole…`-family action;
    /// none makes it an identity policy.
    static func kind(of document: PolicyDocument) -> PolicyKind {
        let withPrincipal = document.statements.filter { $0.principals != nil }
        guard !withPrincipal.isEmpty else { return .identity }
        let trust = document.statements.allSatisfy { statement in
            !statement.actions.isNegated && statement.actions.patterns.allSatisfy { trustActions.contains($0.written.lowercased()) }
        }
        return trust ? .trust : .resource
    }

    /// Reads a standalone policy or wrapped policy.
    static func read(_ root: Cursor, format: InputFormat) throws(InputError) -> [StandalonePolicy] {
        let file = root.document.file
        switch format {
        case AWSFormats.policy:
            let document = try PolicyParser.parse(root)
            return [StandalonePolicy(name: file, kind: kind(of: document), document: document)]
        case AWSFormats.bucketPolicy:
            let document = try PolicyParser.parse(try EmbeddedPolicy.cursor(try root.requiredField("Policy")))
            return [StandalonePolicy(name: file, kind: .resource, document: document)]
        case AWSFormats.ecrRepositoryPolicy:
            let registry = try root.requiredField("registryId").scalarText()
            let repository = try root.requiredField("repositoryName").string()
            let document = try PolicyParser.parse(try EmbeddedPolicy.cursor(try root.requiredField("policyText")))
            return [StandalonePolicy(
                name: "ecr repository \(repository)", kind: .resource, document: document,
                resource: "arn:aws:ecr:*:\(registry):repository/\(repository)", account: registry)]
        case AWSFormats.organizationsPolicy:
            let policy = try root.requiredField("Policy")
            let summary = try policy.field("PolicySummary")
            let name = try summary?.field("Name")?.string() ?? file
            let type = try summary?.field("Type")?.string() ?? "SERVICE_CONTROL_POLICY"
            let kind: PolicyKind
            switch type {
            case "SERVICE_CONTROL_POLICY": kind = .serviceControl
            case "RESOURCE_CONTROL_POLICY": kind = .resourceControl
            default:
                throw try summary!.requiredField("Type").error("aws.organizations.type", "policy type `\(type)` is not an SCP or RCP")
            }
            let document = try PolicyParser.parse(try EmbeddedPolicy.cursor(try policy.requiredField("Content")))
            return [StandalonePolicy(name: name, kind: kind, document: document)]
        default:
            return []
        }
    }

    /// The OIDC provider ARNs of a `list-open-id-connect-providers` output, with their locations.
    static func openIDConnectProviders(_ root: Cursor) throws(InputError) -> [(arn: String, location: FileLocation)] {
        try root.requiredField("OpenIDConnectProviderList").elements().map { element throws(InputError) in
            let arn = try element.requiredField("Arn")
            return (try arn.string(), arn.location)
        }
    }
}
