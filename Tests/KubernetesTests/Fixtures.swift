import Documents
import Foundation

/// Test data under `Tests/Fixtures/Kubernetes`.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/Kubernetes")

    /// The shared public corpus (`../shared/corpus/kubernetes` next to the checkout), if present.
    static let corpus = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/kubernetes")

    /// Parses a fixture file.
    static func document(_ relativePath: String) throws -> Document {
        let url = folder.appendingPathComponent(relativePath)
        let bytes = Array(try Data(contentsOf: url))
        return try DocumentReader.parse(bytes, file: relativePath, syntax: DocumentReader.syntax(forFileName: relativePath) ?? .yaml)
    }

    /// Parses text as a file of that name.
    static func document(named name: String, _ text: String) throws -> Document {
        try DocumentReader.parse(Array(text.utf8), file: name, syntax: DocumentReader.syntax(forFileName: name) ?? .yaml)
    }
}
