import Foundation
@testable import Documents

/// The data files under `Tests/Fixtures/Documents`, found from this source file's path.
enum Fixtures {
    /// `Tests/Fixtures/Documents`.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Documents")

    /// The bytes of a fixture file.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(relativePath)))
    }

    /// The file names in a fixture folder, sorted.
    static func names(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path).sorted()
    }

    /// The path of a fixture file.
    static func path(_ relativePath: String) -> String {
        directory.appendingPathComponent(relativePath).path
    }
}

/// Parses text as the given reader would, for compact tests.
enum Read {
    static func json(_ text: String, limits: DocumentLimits = .default) throws(InputError) -> Document {
        try JSONParser.parse(Array(text.utf8), file: "t.json", limits: limits)
    }

    static func jsonc(_ text: String, limits: DocumentLimits = .default) throws(InputError) -> Document {
        try JSONCReader.parse(Array(text.utf8), file: "t.json", limits: limits)
    }

    static func yaml(_ text: String, limits: DocumentLimits = .default) throws(InputError) -> Document {
        try YAMLReader.parse(Array(text.utf8), file: "t.yaml", limits: limits)
    }

    static func csv(_ text: String, limits: DocumentLimits = .default) throws(InputError) -> Document {
        try CSVReader.parse(Array(text.utf8), file: "t.csv", limits: limits)
    }

    /// The error a parse throws, or nil when it succeeds.
    static func error(_ parse: () throws(InputError) -> Document) -> InputError? {
        do {
            _ = try parse()
            return nil
        } catch {
            return error
        }
    }
}

extension Node {
    /// The same tree with every location removed, to compare trees from readers with and
    /// without positions.
    var withoutLocations: Node {
        var copy = self
        copy.location = nil
        switch value {
        case .sequence(let items): copy.value = .sequence(items.map(\.withoutLocations))
        case .mapping(let entries):
            copy.value = .mapping(entries.map { MappingEntry(key: $0.key.withoutLocations, value: $0.value.withoutLocations) })
        default: break
        }
        return copy
    }
}
