import Documents
import Foundation
import Reports

/// Where the command line writes and what it knows of its surroundings; tests pass their own.
public struct Console: Sendable {
    /// Writes to standard output.
    public var write: @Sendable (String) -> Void
    /// Writes to standard error.
    public var writeError: @Sendable (String) -> Void
    /// Whether standard output is a terminal (colour is used only then).
    public var outputIsTerminal: Bool
    /// The environment (`NO_COLOR`).
    public var environment: [String: String]
    /// The current folder, where configuration discovery starts.
    public var currentDirectory: String
    /// Today as `YYYY-MM-DD` (UTC), for suppression expiries.
    public var today: String

    /// Makes a console.
    public init(
        write: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void, outputIsTerminal: Bool,
        environment: [String: String], currentDirectory: String, today: String
    ) {
        self.write = write
        self.writeError = writeError
        self.outputIsTerminal = outputIsTerminal
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.today = today
    }

    /// The process's real console.
    public static func process() -> Console {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return Console(
            write: { FileHandle.standardOutput.write(Data($0.utf8)) },
            writeError: { FileHandle.standardError.write(Data($0.utf8)) },
            outputIsTerminal: isatty(STDOUT_FILENO) == 1,
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            today: formatter.string(from: Date()))
    }

    /// Where a path the user typed is: relative paths are taken from ``currentDirectory``.
    public func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (currentDirectory as NSString).appendingPathComponent(path)
    }

    /// Whether to colour text output: only on a terminal, and never when `NO_COLOR` is set to
    /// anything non-empty (no-color.org).
    public var usesColour: Bool {
        outputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Writes an error line in the tool's format: `leastpriv: error: message`.
    public func reportUsageError(_ message: String) {
        writeError("leastpriv: error: \(VisibleText.escaping(message, keepingLineBreaks: true))\n")
    }

    /// Writes an input error as `file:line:column: error: [code] message`, with every control
    /// character in it made visible: file names and messages quote attacker-controlled text.
    public func report(_ error: InputError) {
        writeError(VisibleText.escaping(error.description) + "\n")
    }
}
