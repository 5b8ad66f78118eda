import Foundation

/// Reads test data from `Tests/Fixtures/AccessGraph`, beside this target rather than inside it so
/// SwiftPM does not treat the files as unhandled resources.
enum Fixtures {
    /// The fixture folder, found from this source file's path.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/AccessGraph")

    /// Decodes a JSON fixture.
    static func decode<Value: Decodable>(_ type: Value.Type, from name: String) throws -> Value {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return try JSONDecoder().decode(type, from: data)
    }
}
