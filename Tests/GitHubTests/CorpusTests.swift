import Documents
import Foundation
import Testing
@testable import GitHub

/// The real workflows of the shared corpus (Scorecard's fixtures and gha-hazmat) all read
/// without error. Skipped, with a note, on a checkout without the corpus.
struct CorpusTests {
    @Test func everyCorpusWorkflowReads() throws {
        let root = Fixtures.corpus
        guard FileManager.default.fileExists(atPath: root.path) else {
            print("note: \(root.path) is absent; the corpus test has nothing to read")
            return
        }
        let files = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count >= 100)
        var read = 0
        for file in files {
            let bytes = Array(try Data(contentsOf: root.appendingPathComponent(file)))
            let document = try DocumentReader.parse(bytes, file: file, syntax: .yaml)
            guard WorkflowReader.looksLikeWorkflow(document) else {
                Issue.record("\(file) is not recognised as a workflow")
                continue
            }
            #expect(throws: Never.self, "\(file)") {
                _ = try WorkflowReader().read(document, repository: RepositoryAttribution.fromPath(file))
            }
            read += 1
        }
        #expect(read == files.count)
        // The whole corpus goes through the importer too: tokens, needs and subjects for every job.
        let outcome = try importFiles(files.map { ($0, String(decoding: try Data(contentsOf: root.appendingPathComponent($0)), as: UTF8.self)) })
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
    }
}
