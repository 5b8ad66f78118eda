import AccessGraph
import Documents

/// What happened to one input file.
public struct InputReport: Sendable, Hashable {
    /// The outcomes.
    public enum Status: String, Sendable, Hashable {
        /// Read and imported.
        case analysed
        /// Unreadable or invalid; see `errors`.
        case error
        /// Read, but no importer recognised it.
        case unrecognised
        /// Not read (a symbolic link in a walked folder, the configuration file).
        case skipped
    }

    /// The file as the user named it.
    public var file: String
    /// The format recognised (`aws.authorization-details`) or the syntax read (`yaml`), if any.
    public var format: String?
    /// What happened.
    public var status: Status
    /// Why it failed, for `error`.
    public var errors: [InputError]
    /// Why it was skipped or not recognised, for `skipped` and `unrecognised`.
    public var note: String?

    /// Makes a report.
    public init(file: String, format: String? = nil, status: Status, errors: [InputError] = [], note: String? = nil) {
        self.file = file
        self.format = format
        self.status = status
        self.errors = errors
        self.note = note
    }
}

/// The tool's name and version, as reports print them.
public struct ToolInfo: Sendable, Hashable {
    /// `leastpriv`.
    public var name: String
    /// The version.
    public var version: String

    /// Makes tool info.
    public init(name: String = "leastpriv", version: String) {
        self.name = name
        self.version = version
    }
}

/// The result of an audit: what was read, and what was found. Reporters print it; they compute
/// nothing.
public struct AuditResult: Sendable {
    /// The tool.
    public var tool: ToolInfo
    /// Every input, in the order given (folders walked in sorted order).
    public var inputs: [InputReport]
    /// How many principals the graph holds.
    public var principalCount: Int
    /// Findings after suppression, in report order.
    public var findings: [Finding]
    /// Findings a suppression hid, in report order.
    public var suppressed: [Finding]
    /// The descriptions of the checks that ran, by id (for SARIF rules).
    public var checks: [CheckDescription]
    /// Problems with the inputs that did not stop them being analysed.
    public var warnings: [InputError]

    /// Makes a result.
    public init(
        tool: ToolInfo, inputs: [InputReport], principalCount: Int, findings: [Finding], suppressed: [Finding] = [],
        checks: [CheckDescription], warnings: [InputError] = []
    ) {
        self.tool = tool
        self.inputs = inputs
        self.principalCount = principalCount
        self.findings = findings
        self.suppressed = suppressed
        self.checks = checks
        self.warnings = warnings
    }

    /// How many findings there are of each severity (every severity present, zero included).
    public var countsBySeverity: [(severity: Severity, count: Int)] {
        Severity.allCases.map { severity in (severity, findings.filter { $0.severity == severity }.count) }
    }

    /// Whether any input could not be read or imported.
    public var hasInputErrors: Bool {
        inputs.contains { $0.status == .error }
    }
}
