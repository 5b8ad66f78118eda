import Analysis

/// The audit JSON of DESIGN §7, pretty-printed:
/// `{"tool","inputs","summary","findings"}` plus the added `"suppressed"` findings and
/// `"warnings"`. Inputs carry `"error"` (the first error as `file:line:col: error: [code]
/// message`, or `null`) and `"errors"` (all of them).
public struct JSONReporter: Reporter {
    /// The layout of the JSON text.
    public var style: JSONWriter.Style

    /// Makes the reporter.
    public init(style: JSONWriter.Style = .pretty) {
        self.style = style
    }

    public var format: ReportFormat { .json }

    public func render(_ result: AuditResult) -> String {
        JSONWriter(style: style).string(from: document(result)) + "\n"
    }

    /// The whole report as a value.
    public func document(_ result: AuditResult) -> JSONValue {
        [
            "tool": ["name": .string(result.tool.name), "version": .string(result.tool.version)],
            "inputs": .array(result.inputs.map(input)),
            "summary": summary(result),
            "findings": .array(result.findings.map(JSONShapes.finding)),
            "suppressed": .array(result.suppressed.map(JSONShapes.finding)),
            "warnings": .array(result.warnings.map(JSONShapes.inputError)),
        ]
    }

    private func input(_ input: InputReport) -> JSONValue {
        [
            "file": .string(input.file),
            "format": JSONValue(input.format),
            "status": .string(input.status.rawValue),
            "error": JSONValue(input.errors.first?.description),
            "errors": .array(input.errors.map(JSONShapes.inputError)),
            "note": JSONValue(input.note),
        ]
    }

    private func summary(_ result: AuditResult) -> JSONValue {
        [
            "principals": .int(result.principalCount),
            "findings": .int(result.findings.count),
            "bySeverity": .object(result.countsBySeverity.map { (key: $0.severity.rawValue, value: .int($0.count)) }),
            "suppressed": .int(result.suppressed.count),
            "inputs": .int(result.inputs.count),
            "inputsFailed": .int(result.inputs.filter { $0.status == .error }.count),
        ]
    }
}
