import AccessGraph
import Documents

/// One file of a check example. A `⚑` in the content marks where the finding must point (the
/// line and column of the value after it); the marker is removed before the file is read.
public struct ExampleFile: Sendable, Hashable {
    /// The marker character.
    public static let marker: Character = "⚑"

    /// The file name, which also decides its syntax (`trust.json`, `.leastpriv.yml`).
    public var name: String
    /// The content, possibly with one marker.
    public var content: String

    /// Makes an example file.
    public init(name: String, content: String) {
        self.name = name
        self.content = content
    }

    /// The content without the marker.
    public var text: String {
        content.filter { $0 != Self.marker }
    }

    /// Line and column (from 1) of the character after the marker, if there is one.
    public var markedPosition: SourceLocation? {
        var line = 1, column = 1
        for character in content {
            if character == Self.marker { return SourceLocation(line: line, column: column) }
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return nil
    }
}

/// An example input for a check: the documentation shows it, and a test runs it.
public struct CheckExample: Sendable, Hashable {
    /// The files of the example.
    public var files: [ExampleFile]

    /// An example of one file.
    public init(file name: String, _ content: String) {
        self.files = [ExampleFile(name: name, content: content)]
    }

    /// An example of several files.
    public init(files: [ExampleFile]) {
        self.files = files
    }
}

/// Everything a check says about itself: the catalog, `leastpriv explain`, SARIF rules and
/// `docs/checks.md` are made from this.
public struct CheckDescription: Sendable, Hashable {
    /// `LP` and four digits; never reused.
    public var id: String
    /// A short kebab-case name.
    public var slug: String
    /// What the problem is, as a title.
    public var title: String
    /// The category.
    public var category: Category
    /// The default severity.
    public var severity: Severity
    /// Why it matters.
    public var rationale: String
    /// How to fix it.
    public var remediation: String
    /// Inputs that must produce a finding at their marker.
    public var triggering: [CheckExample]
    /// Inputs that must produce no finding.
    public var nonTriggering: [CheckExample]

    /// Makes a description.
    public init(
        id: String, slug: String, title: String, category: Category, severity: Severity, rationale: String,
        remediation: String, triggering: [CheckExample], nonTriggering: [CheckExample]
    ) {
        self.id = id
        self.slug = slug
        self.title = title
        self.category = category
        self.severity = severity
        self.rationale = rationale
        self.remediation = remediation
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// A check: one type that describes itself and finds one kind of problem.
public protocol Check: Sendable {
    /// What the check is, with its examples.
    static var description: CheckDescription { get }
    /// Makes the check.
    init()
    /// The problems in the analysed inputs.
    func findings(in context: AnalysisContext) -> [Finding]
}

extension Check {
    /// A finding of this check, with the id, slug, category, severity, title and remediation filled
    /// from the description.
    public func finding(
        message: String, principal: String? = nil, capability: Capability? = nil, resource: String? = nil,
        path: [PathStep] = [], locations: [FileLocation], anchor: String, remediation: String? = nil
    ) -> Finding {
        let description = Self.description
        return Finding(
            checkID: description.id, checkSlug: description.slug, category: description.category,
            severity: description.severity, title: description.title, message: message, principal: principal,
            capability: capability, resource: resource, path: path, locations: locations,
            remediation: remediation ?? description.remediation, anchor: anchor)
    }
}
