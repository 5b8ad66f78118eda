import AccessGraph
import Documents

/// Reads Tencent Cloud inputs: the bundle written by `scripts/export-tencentcloud.sh`, single
/// tccli outputs and standalone CAM policy documents.
public struct TencentCloudImporter: Importer {
    public let provider = Provider.tencentcloud

    /// The bundle.
    public static let bundle = InputFormat(id: "tencentcloud.bundle", provider: .tencentcloud, title: "bundle written by scripts/export-tencentcloud.sh")
    /// One tccli output.
    public static let tccliOutput = InputFormat(id: "tencentcloud.tccli-output", provider: .tencentcloud, title: "tccli cam/tcr/tke output")
    /// A standalone CAM policy.
    public static let policy = InputFormat(id: "tencentcloud.cam-policy", provider: .tencentcloud, title: "CAM policy document (version 2.0)")
    /// The value of the bundle's `format` field.
    public static let bundleFormatName = "leastpriv.tencentcloud.bundle"

    public var formats: [InputFormat] { [Self.bundle, Self.tccliOutput, Self.policy] }

    /// Makes the importer.
    public init() {}

    public func recognise(_ document: Document) -> InputFormat? {
        guard document.roots.count == 1 else { return nil }
        let root = document.root()
        guard case .mapping(let entries) = root.node.value else { return nil }
        if entries.contains(where: { $0.key.stringValue == "format" && $0.value.stringValue == Self.bundleFormatName }) { return Self.bundle }
        let keys = Set(entries.compactMap(\.key.stringValue))
        // A CAM policy: lowercase `statement`, or CAM's `version` "2.0" with a miscased
        // `Statement` (claimed so that the mistake is reported, not skipped).
        let versionTwo = entries.contains { $0.key.stringValue == "version" && $0.value.scalarText == "2.0" }
        if keys.contains("statement") || (versionTwo && keys.contains { $0.lowercased() == "statement" }) {
            return Self.policy
        }
        if TccliOutputReader.body(of: root) != nil { return Self.tccliOutput }
        return nil
    }

    public func importDocuments(_ documents: [RecognisedDocument]) -> ImportOutcome {
        var model = TencentCloudModel()
        var fragment = GraphFragment()
        var failures: [InputError] = []
        var warnings: [InputError] = []
        for recognised in documents {
            do {
                let content = try read(recognised)
                model.merge(content.model)
                fragment.append(content.fragment)
                warnings += content.warnings
            } catch {
                failures.append(error)
            }
        }
        let authorizer = CAMAuthorizer(model: model)
        let known = Set(fragment.principals.map(\.id))
        fragment.append(TrustLinker(model: model, authorizer: authorizer, knownPrincipals: known).link())
        fragment.edges += EscalationLinker(model: model, authorizer: authorizer).link()
        return ImportOutcome(fragment: fragment, failures: failures, warnings: warnings, authorizer: authorizer, model: model)
    }

    private func read(_ recognised: RecognisedDocument) throws(InputError) -> ImportedContent {
        let root = recognised.document.root()
        switch recognised.format.id {
        case Self.bundle.id:
            var reader = BundleReader(root: root)
            return try reader.read()
        case Self.tccliOutput.id:
            guard let body = TccliOutputReader.body(of: root) else { throw root.error("input.tencentcloud.shape", "not a tccli output") }
            var reader = TccliOutputReader(body: body)
            return try reader.read()
        default:
            return try readPolicy(root)
        }
    }

    private func readPolicy(_ root: Cursor) throws(InputError) -> ImportedContent {
        var isTrust = false
        if let statement = try root.field("statement") {
            isTrust = statement.oneOrMany().contains { (try? $0.field("principal")) != nil }
        }
        let document = try CAMPolicyParser(isTrustPolicy: isTrust).parse(root)
        var content = ImportedContent()
        let id = "file:\(root.document.file)"
        content.addPolicy(CAMPolicy(id: id, name: root.document.file, kind: isTrust ? .trust : .identity, isPreset: false, document: document, provenance: root.location))
        content.model.standalonePolicyIDs.append(id)
        return content
    }
}
