import AccessGraph
import Testing
@testable import GitLab

/// Every importer the provider registers reads formats of its own provider only.
@Test func importersBelongToTheirProvider() {
    for importer in GitLabImporters.all {
        #expect(importer.formats.allSatisfy { $0.provider == importer.provider })
    }
}
