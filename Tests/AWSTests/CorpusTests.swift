import AccessGraph
import Foundation
import Testing
@testable import AWS

/// The real public exports in `../shared/corpus/aws` load with no errors, when that folder is
/// present (it is not part of a clone; the fixtures carry the importer tests without it).
struct CorpusTests {
    static let corpus = VectorFiles.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/aws")

    @Test func realExportsLoadWithoutErrors() throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: Self.corpus.path) else {
            print("note: \(Self.corpus.path) is absent; the AWS corpus test checks nothing on this machine")
            return
        }
        let files = names.filter { $0.hasSuffix(".json") }.sorted().map { Self.corpus.appendingPathComponent($0) }
        #expect(files.count >= 3)
        let (outcome, graph, unrecognised) = try ImporterTests.load(files)
        #expect(unrecognised.isEmpty, "\(unrecognised)")
        #expect(outcome.failures.isEmpty, "\(outcome.failures.map(\.description))")
        // cloudsplaining's example: 44 users, 5 groups, 78 roles; cloudmapper's demo: 2 users, 1 group, 4 roles.
        #expect(graph.principals.values.filter { $0.kind == .user && $0.id.rawValue.contains(":user/") }.count >= 46)
        #expect(graph.principals.values.filter { $0.kind == .role }.count >= 82)
        // The credential report (get-credential-report JSON) joined the demo account's users.
        #expect(graph.principals.values.contains { $0.id.rawValue.hasPrefix("arn:aws:iam::123456789012:user/") && $0.mfa.status != .unknown })
    }
}
