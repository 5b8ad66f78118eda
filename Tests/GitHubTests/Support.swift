import AccessGraph
import Documents
import Foundation
@testable import GitHub

/// Test data under `Tests/Fixtures/GitHub`, and short ways to read workflows in tests.
enum Fixtures {
    /// `Tests/Fixtures/GitHub`.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/GitHub")

    /// The shared corpus of real workflows (`../shared/corpus/github-workflows` from the checkout).
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/github-workflows")

    /// Parses a fixture file as the pipeline would, naming it `name` (which decides the repository).
    static func document(_ relativePath: String, as name: String? = nil) throws -> Document {
        let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(relativePath)))
        let file = name ?? relativePath
        return try DocumentReader.parse(bytes, file: file, syntax: DocumentReader.syntax(forFileName: file) ?? .yaml)
    }
}

/// Reads YAML text as a workflow file at `file`.
func workflow(_ text: String, file: String = "acme/api/.github/workflows/ci.yml") throws -> Workflow {
    let document = try DocumentReader.parse(Array(text.utf8), file: file, syntax: .yaml)
    return try WorkflowReader().read(document, repository: RepositoryAttribution.fromPath(file))
}

/// Imports in-memory files (name → text) through the GitHub importer.
func importFiles(_ files: [(String, String)]) throws -> ImportOutcome {
    let importer = GitHubImporter()
    var recognised: [RecognisedDocument] = []
    for (name, text) in files {
        let document = try DocumentReader.parse(Array(text.utf8), file: name, syntax: DocumentReader.syntax(forFileName: name) ?? .yaml)
        guard let format = importer.recognise(document) else { continue }
        recognised.append(RecognisedDocument(document: document, format: format))
    }
    return importer.importDocuments(recognised)
}

/// The analysed job `id` of the only workflow in an outcome.
func analysedJob(_ outcome: ImportOutcome, _ id: String) -> AnalysedJob? {
    (outcome.model as? GitHubModel)?.workflows.flatMap(\.jobs).first { $0.job.id == id }
}
