import AccessGraph
import Documents

/// Reads every AWS input format (recognised by content, never by file name) and builds one
/// model, graph fragment and authorizer from all of them together, so that a credential report
/// joins the users of an authorization-details export and a bucket policy meets the callers.
public struct AWSImporter: Importer {
    public let provider = Provider.aws
    public let formats = AWSFormats.all

    /// Makes the importer.
    public init() {}

    public func recognise(_ document: Document) -> InputFormat? {
        if document.syntax == .csv {
            return CredentialReportReader.recognises(document) ? AWSFormats.credentialReport : nil
        }
        guard document.roots.count == 1, let root = document.roots.first else { return nil }
        if AuthorizationDetailsReader.recognises(root) { return AWSFormats.authorizationDetails }
        return StandaloneDocuments.format(of: root)
    }

    public func importDocuments(_ documents: [RecognisedDocument]) -> ImportOutcome {
        var inputs = AWSInputs()
        var failures: [InputError] = []
        for recognised in documents {
            let root = recognised.document.root()
            do throws(InputError) {
                switch recognised.format {
                case AWSFormats.authorizationDetails:
                    inputs.authorizationDetails.append(try AuthorizationDetailsReader.read(root))
                case AWSFormats.credentialReport:
                    inputs.credentialReports += recognised.document.syntax == .csv
                        ? try CredentialReportReader.read(root) : try CredentialReportReader.readWrapped(root)
                case AWSFormats.openIDConnectProviders:
                    inputs.openIDConnectProviders += try StandaloneDocuments.openIDConnectProviders(root)
                default:
                    inputs.standalonePolicies += try StandaloneDocuments.read(root, format: recognised.format)
                }
            } catch {
                failures.append(error)
            }
        }
        let built = AWSModelBuilder(inputs: inputs).build()
        return ImportOutcome(
            fragment: built.fragment, failures: failures, warnings: built.warnings,
            authorizer: AWSAuthorizer(model: built.model), model: built.model)
    }
}

/// What the documents of one import said, before joining.
struct AWSInputs: Sendable {
    var authorizationDetails: [AuthorizationDetails] = []
    var credentialReports: [CredentialReportRow] = []
    var standalonePolicies: [StandalonePolicy] = []
    var openIDConnectProviders: [(arn: String, location: FileLocation)] = []
}
