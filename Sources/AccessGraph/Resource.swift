import Documents

/// Something acted upon: an ARN, a qcs name, a Kubernetes object, a GitHub repository.
public struct Resource: Sendable, Hashable, Identifiable {
    /// The canonical name (`arn:aws:ecr:eu-west-1:111122223333:repository/api`,
    /// `k8s:prod:/namespaces/ci/secrets/token`, `github:repo:acme/api`).
    public var id: String
    /// The provider it belongs to.
    public var provider: Provider
    /// Its type in the provider's words (`ecr:repository`, `secrets`, `repository`).
    public var type: String
    /// The name people call it by.
    public var displayName: String
    /// Its tags or labels.
    public var tags: [String: String]
    /// Where it is defined.
    public var provenance: FileLocation

    /// Makes a resource.
    public init(id: String, provider: Provider, type: String, displayName: String, tags: [String: String] = [:], provenance: FileLocation) {
        self.id = id
        self.provider = provider
        self.type = type
        self.displayName = displayName
        self.tags = tags
        self.provenance = provenance
    }
}
