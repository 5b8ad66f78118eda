import AccessGraph
import Documents

/// Reads GitHub Actions workflow files and organisation export bundles, joins them, and
/// contributes job tokens, OIDC subjects, people, teams and repositories to the graph.
public struct GitHubImporter: Importer {
    public let provider = Provider.github

    /// A workflow file under `.github/workflows/`.
    public static let workflowFormat = InputFormat(id: "github.workflow", provider: .github, title: "GitHub Actions workflow (.github/workflows/*.yml)")
    /// A bundle written by `scripts/export-github.sh`.
    public static let exportFormat = InputFormat(id: "github.export", provider: .github, title: "GitHub organisation export (scripts/export-github.sh)")

    public var formats: [InputFormat] { [Self.workflowFormat, Self.exportFormat] }

    /// Makes the importer.
    public init() {}

    public func recognise(_ document: Document) -> InputFormat? {
        if OrganizationExportReader.looksLikeExport(document) { return Self.exportFormat }
        if WorkflowReader.looksLikeWorkflow(document) { return Self.workflowFormat }
        return nil
    }

    public func importDocuments(_ documents: [RecognisedDocument]) -> ImportOutcome {
        var failures: [InputError] = []
        var warnings: [InputError] = []
        var exports: [OrganizationExport] = []
        for recognised in documents where recognised.format == Self.exportFormat {
            do {
                exports.append(try OrganizationExportReader().read(recognised.document))
            } catch {
                failures.append(error)
            }
        }
        var workflows: [Workflow] = []
        for recognised in documents where recognised.format == Self.workflowFormat {
            do {
                let attribution = Self.attribute(recognised.document.file, exports: exports)
                if attribution.source == .folder {
                    warnings.append(InputError(
                        code: "github.workflow.repository-unknown",
                        message: "no export or `OWNER/REPO/.github/workflows` path names the repository of this workflow; calling it `\(attribution.name)`",
                        location: FileLocation(file: recognised.document.file)))
                }
                let workflow = try WorkflowReader().read(recognised.document, repository: attribution)
                warnings += workflow.warnings
                workflows.append(workflow)
            } catch {
                failures.append(error)
            }
        }
        let analysed = WorkflowAnalysis(exports: exports).analyse(workflows)
        var builder = GitHubGraphBuilder()
        for workflow in analysed { builder.add(workflow) }
        for export in exports { builder.add(export, workflows: analysed) }
        return ImportOutcome(
            fragment: builder.fragment, failures: failures, warnings: warnings,
            authorizer: GitHubAuthorizer(grants: builder.grants),
            model: GitHubModel(workflows: analysed, exports: exports))
    }

    /// The repository of a workflow file (DESIGN §8): an export listing the repository named by
    /// the checkout's `origin` remote or by the path, else the origin remote, else the two folders
    /// above `.github`, else the folder's name (said to be a guess). The configuration's
    /// `repositories:` mapping is not consulted yet: importers do not see the configuration.
    static func attribute(_ file: String, exports: [OrganizationExport]) -> RepositoryAttribution {
        if let remote = GitOriginRemote.repository(ofWorkflowFile: file) {
            if let repository = exports.lazy.compactMap({ $0.repository(remote) }).first {
                return RepositoryAttribution(name: repository.fullName, source: .bundle)
            }
            return RepositoryAttribution(name: remote, source: .gitRemote)
        }
        let fromPath = RepositoryAttribution.fromPath(file)
        for export in exports {
            if let repository = export.repository(fromPath.name) {
                return RepositoryAttribution(name: repository.fullName, source: .bundle)
            }
            if fromPath.source == .folder,
               let repository = export.repositories.first(where: { $0.fullName.split(separator: "/").last.map(String.init)?.lowercased() == fromPath.name.lowercased() }) {
                return RepositoryAttribution(name: repository.fullName, source: .bundle)
            }
        }
        return fromPath
    }
}
