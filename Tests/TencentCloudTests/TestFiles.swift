import Documents
import Foundation

/// Paths of this module's test data under `Tests/Fixtures/TencentCloud/`.
enum TestFiles {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/TencentCloud")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ relative: String) -> URL { fixtures.appendingPathComponent(relative) }

    static func json(_ relative: String) throws -> [String: Any] {
        let data = try Data(contentsOf: url(relative))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// Parses JSON text into a document.
    static func document(_ text: String, file: String = "policy.json") throws -> Document {
        try DocumentReader.parse(Array(text.utf8), file: file, syntax: .json)
    }

    /// Serialises a JSON value back to text.
    static func text(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
    }
}
