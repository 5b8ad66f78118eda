import Analysis
import Documents

/// The DESIGN §7 JSON shapes of values that several outputs share (the audit report, `check`'s
/// new and resolved findings). Field names are a contract: add fields, never rename them.
/// Absent optional values are `null`; keys are never left out.
public enum JSONShapes {
    /// `{"id","check","category","severity","title","message","principal","capability",
    /// "resource","path","locations","remediation","fingerprint"}`.
    public static func finding(_ finding: Finding) -> JSONValue {
        [
            "id": .string(finding.checkID),
            "check": .string(finding.checkSlug),
            "category": .string(finding.category.rawValue),
            "severity": .string(finding.severity.rawValue),
            "title": .string(finding.title),
            "message": .string(finding.message),
            "principal": JSONValue(finding.principal),
            "capability": JSONValue(finding.capability?.rawValue),
            "resource": JSONValue(finding.resource),
            "path": .array(finding.path.map(pathStep)),
            "locations": .array(finding.locations.map(location)),
            "remediation": .string(finding.remediation),
            "fingerprint": .string(finding.fingerprint),
        ]
    }

    /// `{"from","to","kind","reason","file","line","column","pointer"}`; the last four are where
    /// the hop is written, `null` when unknown.
    public static func pathStep(_ step: PathStep) -> JSONValue {
        [
            "from": .string(step.from),
            "to": .string(step.to),
            "kind": .string(step.kind),
            "reason": .string(step.reason),
            "file": JSONValue(step.location?.file),
            "line": JSONValue(step.location?.line),
            "column": JSONValue(step.location?.column),
            "pointer": JSONValue(step.location?.pointer.description),
        ]
    }

    /// `{"file","line","column","pointer","document"}`: line and column `null` when the input has
    /// no positions; `document` is the index in a multi-document YAML stream, from 0.
    public static func location(_ location: FileLocation) -> JSONValue {
        [
            "file": .string(location.file),
            "line": JSONValue(location.line),
            "column": JSONValue(location.column),
            "pointer": .string(location.pointer.description),
            "document": .int(location.documentIndex),
        ]
    }

    /// `{"code","message","suggestion","file","line","column","pointer"}`.
    public static func inputError(_ error: InputError) -> JSONValue {
        [
            "code": .string(error.code),
            "message": .string(error.message),
            "suggestion": JSONValue(error.suggestion),
            "file": .string(error.location.file),
            "line": JSONValue(error.location.line),
            "column": JSONValue(error.location.column),
            "pointer": .string(error.location.pointer.description),
        ]
    }
}
