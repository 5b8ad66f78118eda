import Analysis
import Foundation
import Testing
@testable import Reports

/// `docs/checks.md` is generated from the catalog; this fails when it is stale.
struct CheckCatalogDocumentTests {
    static let documentPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/checks.md").path

    @Test func docsChecksIsUpToDate() throws {
        let expected = CheckCatalogDocument.markdown(CheckCatalog.descriptions)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try Data(expected.utf8).write(to: URL(fileURLWithPath: Self.documentPath))
        }
        let actual = try String(contentsOfFile: Self.documentPath, encoding: .utf8)
        #expect(actual == expected, "docs/checks.md is stale: run `UPDATE_GOLDENS=1 swift test --filter CheckCatalogDocumentTests`")
    }

    @Test func everyCheckHasItsSection() {
        let text = CheckCatalogDocument.markdown(CheckCatalog.descriptions)
        for description in CheckCatalog.descriptions {
            #expect(text.contains("## \(description.id)\n"))
            #expect(text.contains(description.remediation))
        }
    }
}
