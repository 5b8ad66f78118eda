import AWS
import AccessGraph
import GitHub
import GitLab
import Kubernetes
import TencentCloud

/// Every provider's importers, in the order they are asked to recognise a document: the first
/// that recognises it reads it.
public enum ImporterRegistry {
    /// All importers.
    public static let all: [any Importer] =
        AWSImporters.all + TencentCloudImporters.all + KubernetesImporters.all + GitHubImporters.all + GitLabImporters.all

    /// Every format some importer reads, sorted by id.
    public static var formats: [InputFormat] {
        all.flatMap(\.formats).sorted()
    }
}
