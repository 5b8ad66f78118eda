import Foundation
import Testing

/// Golden files under `Tests/Fixtures/Reports/goldens` (outside the test target's folder, so
/// SwiftPM does not treat them as resources). `UPDATE_GOLDENS=1 swift test --filter ReportsTests`
/// rewrites them; otherwise a difference fails with the first differing line.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Reports/goldens")

    /// Compares `actual` with the golden file `name`, or rewrites the file when asked to.
    static func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden \(name); run UPDATE_GOLDENS=1 swift test --filter ReportsTests", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if let difference = firstDifference(expected: expected, actual: actual) {
            Issue.record("\(name) differs from its golden file\n\(difference)", sourceLocation: sourceLocation)
        }
    }

    /// The first line where the texts differ, both versions shown with escapes, or nil.
    static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let left = index < expectedLines.count ? String(expectedLines[index]).debugDescription : "<end of file>"
            let right = index < actualLines.count ? String(actualLines[index]).debugDescription : "<end of file>"
            if left != right {
                return "line \(index + 1):\n  expected: \(left)\n  actual:   \(right)"
            }
        }
        return "the texts differ in a way lines do not show"
    }
}
