import AccessGraph
import Testing
@testable import GitHub

/// Every importer the provider registers reads formats of its own provider only.
@Test func importersBelongToTheirProvider() {
    for importer in GitHubImporters.all {
        #expect(importer.formats.allSatisfy { $0.provider == importer.provider })
    }
}
