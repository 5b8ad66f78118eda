/// Every check leastpriv runs, in id order. A new check is added here and nowhere else.
public enum CheckCatalog {
    /// The registered checks.
    public static let all: [any Check.Type] = [
        ExpiredSuppression.self,
    ]

    /// The descriptions of every registered check, sorted by id.
    public static var descriptions: [CheckDescription] {
        all.map { $0.description }.sorted { $0.id < $1.id }
    }

    /// The check with this id or slug (ids compare case-insensitively).
    public static func check(named name: String) -> (any Check.Type)? {
        all.first { $0.description.id.lowercased() == name.lowercased() || $0.description.slug == name }
    }

    /// Ids and slugs, for validating configuration.
    public static var names: [(id: String, slug: String)] {
        descriptions.map { ($0.id, $0.slug) }
    }
}
