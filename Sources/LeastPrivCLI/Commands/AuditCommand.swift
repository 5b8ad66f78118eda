import Analysis
import Documents
import Foundation
import Reports

/// `leastpriv audit`: read exports, run every check, report findings.
enum AuditCommand: Command {
    static let spec = CommandSpec(
        name: "audit",
        summary: "Audit exported policies and settings for escalation paths, MFA gaps and over-grants",
        usage: "[PATH...] [--format F] [--output FILE] [--config FILE] [--fail-on SEV] [--activity PATH...] [--strict]",
        discussion: """
            Reads every file under the PATHs (folders are walked recursively; `-` reads standard input), \
            recognises each export by its content, builds one permission graph across providers and runs \
            every enabled check on it. Files nothing recognises are listed, never skipped silently; a file \
            that cannot be read or is invalid is reported with its line and column and the rest is still \
            analysed.

            Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 for a usage error, \
            3 when an input could not be read or is invalid (this wins over 1).
            """,
        positionals: [PositionalSpec("PATH...", "Files or folders to read, `-` for standard input (default: the configuration's `inputs`, else the current folder)")],
        positionalCount: (0, nil),
        options: [
            .value("format", "F", "Output format: text, json, sarif, markdown, csv or github (default: text)"),
            .value("output", "FILE", "Write the report to FILE instead of standard output"),
            .value("config", "FILE", "Configuration file (default: the nearest .leastpriv.yml at or above the current folder)"),
            .value("fail-on", "SEV", "Lowest severity that fails the run: critical, high, medium, low or info (default: high)"),
            .value("activity", "PATH", repeatable: true, "Activity logs (CloudTrail, CloudAudit, Kubernetes audit) for unused-access checks"),
            .flag("strict", "Treat inputs nothing recognises as errors (exit 3)"),
        ],
        examples: [
            ("leastpriv audit policy-samples", "audit the bundled samples"),
            ("leastpriv audit exports/ --format sarif --output leastpriv.sarif", "write SARIF for code scanning"),
            ("aws iam get-account-authorization-details | leastpriv audit - --format json", "audit an export from standard input"),
        ])

    static func run(_ arguments: ParsedArguments, session: Session) -> ExitCode {
        let console = session.console
        guard let format = OptionValues.choice(arguments.value("format") ?? "text", for: "format", as: ReportFormat.self, console: console) else {
            return .usage
        }
        var failOn: Severity?
        if let text = arguments.value("fail-on") {
            guard let severity = OptionValues.choice(text, for: "fail-on", as: Severity.self, console: console) else { return .usage }
            failOn = severity
        }
        guard let loading = InputLoading.start(configPath: arguments.value("config"), session: session) else {
            return .inputError
        }
        let loaded = loading.load(arguments.positionals + arguments.allValues("activity"), console: console)
        var result = loading.pipeline.audit(loaded)
        if arguments.has("strict") {
            result.inputs = result.inputs.map(strictened)
        }

        let toFile = arguments.value("output")
        let reporter = format.reporter(colour: toFile == nil && console.usesColour)
        let rendered = reporter.render(result)
        if let toFile {
            do {
                try Data(rendered.utf8).write(to: URL(fileURLWithPath: console.resolve(toFile)), options: .atomic)
            } catch {
                console.reportUsageError("cannot write `\(toFile)`: \(error.localizedDescription)")
                return .inputError
            }
        } else {
            console.write(rendered)
        }
        if format != .text || toFile != nil {
            for input in result.inputs {
                for error in input.errors { console.report(error) }
            }
        }

        if result.hasInputErrors { return .inputError }
        let threshold = failOn ?? loading.configuration.failOn ?? .high
        return result.findings.contains { $0.severity.isAtLeast(threshold) } ? .findings : .success
    }

    /// Under `--strict`, an unrecognised input is an error.
    private static func strictened(_ input: InputReport) -> InputReport {
        guard input.status == .unrecognised else { return input }
        var copy = input
        copy.status = .error
        let message = "no importer recognises this file" + (input.note.map { " (\($0))" } ?? "")
        copy.errors = [InputError(code: "input.unrecognised", message: message, location: FileLocation(file: input.file))]
        return copy
    }
}
