import Analysis
import Reports

/// The JSON form of a check's description, as `rules --format json` prints it.
enum CheckDescriptionJSON {
    /// The description as a JSON object.
    static func value(_ description: CheckDescription) -> JSONValue {
        func examples(_ list: [CheckExample]) -> JSONValue {
            .array(list.map { example in
                .array(example.files.map { ["file": .string($0.name), "content": .string($0.content)] })
            })
        }
        return [
            "id": .string(description.id),
            "slug": .string(description.slug),
            "title": .string(description.title),
            "category": .string(description.category.rawValue),
            "severity": .string(description.severity.rawValue),
            "rationale": .string(description.rationale),
            "remediation": .string(description.remediation),
            "triggering": examples(description.triggering),
            "nonTriggering": examples(description.nonTriggering),
        ]
    }
}
