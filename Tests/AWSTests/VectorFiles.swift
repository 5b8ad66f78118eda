import Documents
import Foundation
@testable import AWS

/// Reads the semantics vector files under `Tests/Fixtures/AWS/vectors/`: each names its source in
/// a `source` field and lists `cases`.
enum VectorFiles {
    /// The fixtures folder of this module.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/AWS")

    /// A fixture file's bytes.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(relativePath)))
    }

    /// A fixture file parsed as a document, named by its path under the fixtures folder.
    static func document(_ relativePath: String) throws -> Document {
        let syntax = DocumentReader.syntax(forFileName: relativePath) ?? .json
        return try DocumentReader.parse(try bytes(relativePath), file: relativePath, syntax: syntax)
    }

    /// The vector files of a kind (`evaluation-*.json`), each with its source and cases.
    static func cases(prefix: String) throws -> [(source: String, cases: [Cursor])] {
        let folder = fixtures.appendingPathComponent("vectors")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let root = try document("vectors/\(name)").root()
            let source = try root.requiredField("source").string()
            return (source, try root.requiredField("cases").elements())
        }
    }
}
