import AccessGraph
import Testing
@testable import Kubernetes

/// Every importer the provider registers reads formats of its own provider only.
@Test func importersBelongToTheirProvider() {
    for importer in KubernetesImporters.all {
        #expect(importer.formats.allSatisfy { $0.provider == importer.provider })
    }
}
