import AccessGraph
import Analysis
import Foundation
@testable import LeastPrivCLI

/// Collects what a command writes.
final class CapturedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var err = ""

    var standardOutput: String { lock.withLock { out } }
    var standardError: String { lock.withLock { err } }

    func console(currentDirectory: String = FileManager.default.currentDirectoryPath, terminal: Bool = false, environment: [String: String] = [:]) -> Console {
        Console(
            write: { text in self.lock.withLock { self.out += text } },
            writeError: { text in self.lock.withLock { self.err += text } },
            outputIsTerminal: terminal, environment: environment, currentDirectory: currentDirectory, today: "2026-06-01")
    }
}

/// One run of the command line, in-process.
struct CommandRun {
    let code: ExitCode
    let output: String
    let error: String

    init(_ arguments: [String], in folder: String? = nil, importers: [any Importer] = ImporterRegistry.all) {
        let captured = CapturedOutput()
        let console = captured.console(currentDirectory: folder ?? FileManager.default.temporaryDirectory.path)
        code = LeastPrivCommandLine.run(arguments, session: Session(console: console, importers: importers))
        output = captured.standardOutput
        error = captured.standardError
    }
}

/// A fresh temporary folder with the given files.
func temporaryFolder(_ files: [String: String]) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("leastpriv-cli-\(UUID().uuidString)").path
    for (name, content) in files {
        let path = root + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(content.utf8).write(to: URL(fileURLWithPath: path))
    }
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    return root
}

/// Compares text with a golden file under Tests/Fixtures/LeastPrivCLI; `UPDATE_GOLDENS=1`
/// rewrites it.
func matchesGolden(_ text: String, _ name: String) throws -> Bool {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/LeastPrivCLI/\(name)").path
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
    return try String(contentsOfFile: path, encoding: .utf8) == text
}
