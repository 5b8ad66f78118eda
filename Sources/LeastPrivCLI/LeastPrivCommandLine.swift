import Documents

/// The `leastpriv` command line: picks the subcommand, parses its arguments and runs it.
public enum LeastPrivCommandLine {
    /// Every subcommand, in the order `--help` lists them.
    static let commands: [CommandEntry] = [
        CommandEntry(AuditCommand.self), CommandEntry(CheckCommand.self), CommandEntry(ReviewCommand.self),
        CommandEntry(CanCommand.self), CommandEntry(WhoCanCommand.self), CommandEntry(PrivilegesCommand.self),
        CommandEntry(SuggestCommand.self), CommandEntry(GraphCommand.self), CommandEntry(RulesCommand.self),
        CommandEntry(ExplainCommand.self),
    ]

    /// Runs the command line (without the program name) and returns the exit code.
    public static func run(_ arguments: [String], session: Session) -> ExitCode {
        let console = session.console
        guard let first = arguments.first else {
            console.writeError(overview)
            return .usage
        }
        switch first {
        case "--help", "-h":
            console.write(overview)
            return .success
        case "--version":
            console.write("leastpriv \(LeastPrivVersion.current)\n")
            return .success
        case "help":
            guard arguments.count > 1 else {
                console.write(overview)
                return .success
            }
            guard let command = command(named: arguments[1], console: console) else { return .usage }
            console.write(HelpRenderer.help(for: command.spec))
            return .success
        default:
            guard let command = command(named: first, console: console) else { return .usage }
            let parsed: ParsedArguments
            do {
                parsed = try ArgumentParser(spec: command.spec).parse(Array(arguments.dropFirst()))
            } catch {
                console.reportUsageError(error.message)
                console.writeError("see `leastpriv \(command.spec.name) --help`\n")
                return .usage
            }
            if parsed.wantsHelp {
                console.write(HelpRenderer.help(for: command.spec))
                return .success
            }
            return command.run(parsed, session)
        }
    }

    /// The subcommand called `name`, or nil after printing an error with a suggestion.
    private static func command(named name: String, console: Console) -> CommandEntry? {
        if let command = commands.first(where: { $0.spec.name == name }) { return command }
        let near = Suggestions.closest(to: name, among: commands.map(\.spec.name)).map { " (did you mean `\($0)`?)" } ?? ""
        if name.hasPrefix("-") {
            console.reportUsageError("unknown option `\(name)`; a command comes first, like `leastpriv audit`\(near)")
        } else {
            console.reportUsageError("unknown command `\(name)`\(near)")
        }
        console.writeError("see `leastpriv --help`\n")
        return nil
    }

    /// The tool's `--help`.
    static var overview: String {
        var lines = [
            "OVERVIEW: leastpriv \(LeastPrivVersion.current) — least-privilege access analysis across AWS, Tencent Cloud,",
            "Kubernetes, GitHub and GitLab: effective privileges, escalation paths, MFA gaps and over-grants,",
            "computed offline from the exports you already have.",
            "",
            "USAGE: leastpriv COMMAND [ARGUMENTS] [OPTIONS]",
            "",
            "COMMANDS:",
        ]
        lines += HelpRenderer.table(commands.map { ($0.spec.name, $0.spec.summary) })
        lines += [
            "",
            "OPTIONS:",
        ]
        lines += HelpRenderer.table([("-h, --help", "Show this help; `leastpriv COMMAND --help` shows a command's"), ("--version", "Show the version")])
        lines += [
            "",
            "EXIT STATUS:",
            "  0  nothing at or above --fail-on (for `can`: allowed)",
            "  1  findings at or above --fail-on (for `can`: not allowed, or allowed only under conditions)",
            "  2  usage error, or a command not available in this version",
            "  3  an input could not be read or is invalid",
            "",
            "Documentation: README.md and docs/ (formats, checks, architecture).",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
