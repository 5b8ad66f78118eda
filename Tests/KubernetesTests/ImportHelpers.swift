import AccessGraph
import Documents
@testable import Kubernetes

/// Imports inline files as the pipeline would: recognise, then import together.
enum ImportHelpers {
    static func importFiles(_ files: [(String, String)]) throws -> ImportOutcome {
        let importer = KubernetesImporter()
        var recognised: [RecognisedDocument] = []
        for (name, text) in files {
            let document = try Fixtures.document(named: name, text)
            guard let format = importer.recognise(document) else { continue }
            recognised.append(RecognisedDocument(document: document, format: format))
        }
        return importer.importDocuments(recognised)
    }

    static func model(_ outcome: ImportOutcome) -> KubernetesModel {
        outcome.model as? KubernetesModel ?? KubernetesModel()
    }

    static func graph(_ outcome: ImportOutcome) -> PermissionGraph {
        var graph = PermissionGraph()
        graph.merge(outcome.fragment)
        if let authorizer = outcome.authorizer { graph.install(authorizer) }
        return graph
    }
}
