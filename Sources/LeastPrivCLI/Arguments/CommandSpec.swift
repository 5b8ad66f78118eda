/// An option a command takes.
public struct OptionSpec: Sendable, Hashable {
    /// The long name without dashes (`format`).
    public var name: String
    /// The value's placeholder (`F`), or nil for a flag that takes no value.
    public var valueName: String?
    /// Whether it may be given more than once (each value is kept).
    public var repeatable: Bool
    /// One line for `--help`.
    public var help: String

    /// An option that takes a value.
    public static func value(_ name: String, _ valueName: String, repeatable: Bool = false, _ help: String) -> OptionSpec {
        OptionSpec(name: name, valueName: valueName, repeatable: repeatable, help: help)
    }

    /// An option that takes no value.
    public static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, valueName: nil, repeatable: false, help: help)
    }
}

/// The positional arguments a command takes.
public struct PositionalSpec: Sendable, Hashable {
    /// The placeholder (`PATH...`, `PRINCIPAL`).
    public var name: String
    /// One line for `--help`.
    public var help: String

    /// Makes a positional argument.
    public init(_ name: String, _ help: String) {
        self.name = name
        self.help = help
    }
}

/// Everything the parser and `--help` know of a command.
public struct CommandSpec: Sendable, Hashable {
    /// The subcommand (`audit`).
    public var name: String
    /// One line on what it does.
    public var summary: String
    /// The usage line after `leastpriv NAME`.
    public var usage: String
    /// A paragraph or two: what it does and how it decides.
    public var discussion: String
    /// Its positional arguments, in order; the last may be variadic (`PATH...`).
    public var positionals: [PositionalSpec]
    /// The least and most positional arguments (nil for any number).
    public var positionalCount: (minimum: Int, maximum: Int?)
    /// Its options.
    public var options: [OptionSpec]
    /// Example invocations with a comment each.
    public var examples: [(command: String, comment: String)]

    /// Makes a spec.
    public init(
        name: String, summary: String, usage: String, discussion: String, positionals: [PositionalSpec] = [],
        positionalCount: (minimum: Int, maximum: Int?) = (0, 0), options: [OptionSpec] = [],
        examples: [(command: String, comment: String)] = []
    ) {
        self.name = name
        self.summary = summary
        self.usage = usage
        self.discussion = discussion
        self.positionals = positionals
        self.positionalCount = positionalCount
        self.options = options
        self.examples = examples
    }

    public static func == (lhs: CommandSpec, rhs: CommandSpec) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
