/// A subcommand: its spec (which `--help` renders) and what it does.
protocol Command: SendableMetatype {
    /// The parser's and `--help`'s description of the command.
    static var spec: CommandSpec { get }
    /// Runs the command with parsed arguments.
    static func run(_ arguments: ParsedArguments, session: Session) -> ExitCode
}

/// A registered subcommand: its spec and its entry point, taken from a ``Command`` type.
struct CommandEntry: Sendable {
    /// The command's spec.
    let spec: CommandSpec
    /// Runs the command.
    let run: @Sendable (ParsedArguments, Session) -> ExitCode

    /// The entry of a command type.
    init<Registered: Command>(_ command: Registered.Type) {
        self.spec = Registered.spec
        self.run = { arguments, session in Registered.run(arguments, session: session) }
    }
}
