/// Commands whose engines arrive in later work: they parse their arguments (so `--help` and
/// usage errors work today) and then say plainly that they are not available, with exit code 2.
enum PendingCommand {
    /// Says the command is not available yet, naming what it needs.
    static func notYetAvailable(_ spec: CommandSpec, needs: String, console: Console) -> ExitCode {
        console.reportUsageError("`leastpriv \(spec.name)` is not available in this version: it needs \(needs)")
        return .usage
    }
}

/// `leastpriv check`: the pull-request gate.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check",
        summary: "Fail a pull request that grants new access or adds a finding",
        usage: "--base PATH --head PATH [--format F] [--fail-on SEV]  |  --base-ref GITREF [PATH...]",
        discussion: """
            Compares the policies in --base with those in --head and reports every request the head allows \
            that the base does not, each with a concrete witness request, plus findings the head adds or \
            resolves. Exits 1 when the head grants new access or adds a finding at or above --fail-on.
            """,
        positionals: [PositionalSpec("PATH...", "With --base-ref, the paths to compare at that git ref and in the working tree")],
        positionalCount: (0, nil),
        options: [
            .value("base", "PATH", "The inputs before the change"),
            .value("head", "PATH", "The inputs after the change"),
            .value("base-ref", "GITREF", "Take the base from this git ref instead of a path"),
            .value("format", "F", "Output format: text, json, sarif, markdown or github (default: text)"),
            .value("fail-on", "SEV", "Lowest severity of a new finding that fails the check (default: high)"),
            .value("config", "FILE", "Configuration file"),
        ],
        examples: [("leastpriv check --base main-export/ --head pr-export/ --format github", "annotate a pull request")])

    static func run(_ arguments: ParsedArguments, session: Session) -> ExitCode {
        PendingCommand.notYetAvailable(spec, needs: "the policy comparison engine (exact new access with witnesses)", console: session.console)
    }
}

/// `leastpriv review`: the quarterly access review.
enum ReviewCommand: Command {
    static let spec = CommandSpec(
        name: "review",
        summary: "Write the quarterly access-review report (HTML, CSV, Markdown), diffed against last quarter",
        usage: "[PATH...] --out DIR [--previous SNAPSHOT.json]",
        discussion: """
            Writes, into DIR, who can do what across every provider in the inputs, with the path for each \
            grant, as HTML for reading, CSV for spreadsheets and Markdown for tickets, plus a snapshot that \
            the next review compares against.
            """,
        positionals: [PositionalSpec("PATH...", "Files or folders to read")],
        positionalCount: (0, nil),
        options: [
            .value("out", "DIR", "Folder to write the report into"),
            .value("previous", "SNAPSHOT", "Last review's snapshot.json, to show what changed"),
            .value("config", "FILE", "Configuration file"),
        ],
        examples: [("leastpriv review exports/ --out review-2026q4 --previous review-2026q3/snapshot.json", "this quarter against the last")])

    static func run(_ arguments: ParsedArguments, session: Session) -> ExitCode {
        PendingCommand.notYetAvailable(spec, needs: "the effective-privileges engine and the review reporters", console: session.console)
    }
}

/// `leastpriv privileges`: what one principal can do.
enum PrivilegesCommand: Command {
    static let spec = CommandSpec(
        name: "privileges",
        summary: "List everything a principal can do, directly or through a path, with the path for each",
        usage: "PRINCIPAL [--input PATH...] [--format text|json]",
        discussion: """
            Summarises a principal's effective privileges by capability, service and access level, following \
            group membership, role assumption, federation, bindings and escalation techniques.
            """,
        positionals: [PositionalSpec("PRINCIPAL", "Canonical id or unambiguous short form (`alice`, `role/deploy`)")],
        positionalCount: (1, 1),
        options: [
            .value("input", "PATH", repeatable: true, "Files or folders to read (default: the current folder)"),
            .value("format", "F", "text or json (default: text)"),
            .value("config", "FILE", "Configuration file"),
        ],
        examples: [("leastpriv privileges role/ci-deploy --input exports/", "what the CI role can do")])

    static func run(_ arguments: ParsedArguments, session: Session) -> ExitCode {
        PendingCommand.notYetAvailable(spec, needs: "the effective-privileges engine", console: session.console)
    }
}

/// `leastpriv suggest`: a minimal policy from observed activity.
enum SuggestCommand: Command {
    static let spec = CommandSpec(
        name: "suggest",
        summary: "Propose a minimal policy for a principal from its observed activity",
        usage: "PRINCIPAL --activity PATH... [--input PATH...]",
        discussion: """
            Reads activity logs (CloudTrail, CloudAudit, Kubernetes audit) and proposes the smallest policy \
            that still allows everything the principal was seen doing.
            """,
        positionals: [PositionalSpec("PRINCIPAL", "Canonical id or unambiguous short form")],
        positionalCount: (1, 1),
        options: [
            .value("activity", "PATH", repeatable: true, "Activity logs to learn from"),
            .value("input", "PATH", repeatable: true, "Files or folders with the current policies"),
            .value("config", "FILE", "Configuration file"),
        ],
        examples: [("leastpriv suggest role/ci-deploy --activity cloudtrail/ --input exports/", "a least-privilege policy for the CI role")])

    static func run(_ arguments: ParsedArguments, session: Session) -> ExitCode {
        PendingCommand.notYetAvailable(spec, needs: "the activity importers and the policy suggester", console: session.console)
    }
}
