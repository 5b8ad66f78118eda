import Documents

/// A command line that does not fit the command's spec.
public struct UsageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, lowercase, user input in backticks.
    public var message: String

    /// Makes an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// The arguments of one command, parsed against its spec.
public struct ParsedArguments: Sendable, Hashable {
    /// Positional arguments in order.
    public var positionals: [String] = []
    /// Values of each option given, in order.
    public var values: [String: [String]] = [:]
    /// Flags given.
    public var flags: Set<String> = []
    /// Whether `--help` or `-h` was given.
    public var wantsHelp = false

    /// The last value of an option, if given.
    public func value(_ name: String) -> String? { values[name]?.last }

    /// Every value of a repeatable option.
    public func allValues(_ name: String) -> [String] { values[name] ?? [] }

    /// Whether a flag was given.
    public func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// Parses `--name value`, `--name=value`, flags, `--` and positionals against a ``CommandSpec``.
///
/// Unknown options are errors with a `did you mean`; an option given twice that is not
/// repeatable is an error; `-` alone is a positional (standard input).
public struct ArgumentParser: Sendable {
    /// The command's spec.
    public let spec: CommandSpec

    /// Makes a parser.
    public init(spec: CommandSpec) {
        self.spec = spec
    }

    /// Parses the arguments after the subcommand's name.
    public func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            if argument == "--help" || argument == "-h" {
                parsed.wantsHelp = true
                continue
            }
            guard argument.hasPrefix("--") else {
                throw UsageError("unknown option `\(argument)`; options are spelt in full, like `--format`")
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = spec.options.first(where: { $0.name == name }) else {
                let near = Suggestions.closest(to: name, among: spec.options.map(\.name)).map { " (did you mean `--\($0)`?)" } ?? ""
                throw UsageError("unknown option `--\(name)` for `\(spec.name)`\(near)")
            }
            guard let valueName = option.valueName else {
                if inlineValue != nil { throw UsageError("`--\(name)` takes no value") }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else { throw UsageError("`--\(name)` needs a value \(valueName)") }
                value = arguments[index]
                index += 1
            }
            if !option.repeatable && parsed.values[name] != nil {
                throw UsageError("`--\(name)` given more than once")
            }
            parsed.values[name, default: []].append(value)
        }
        if parsed.wantsHelp { return parsed }
        let count = parsed.positionals.count
        if count < spec.positionalCount.minimum {
            let missing = spec.positionals.dropFirst(count).map(\.name).joined(separator: " ")
            throw UsageError("`\(spec.name)` needs \(missing)")
        }
        if let maximum = spec.positionalCount.maximum, count > maximum {
            throw UsageError("unexpected argument `\(parsed.positionals[maximum])` for `\(spec.name)`")
        }
        return parsed
    }
}
