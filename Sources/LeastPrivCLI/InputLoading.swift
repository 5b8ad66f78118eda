import Analysis
import Documents
import Foundation

/// Reads the inputs a command names into a graph: configuration, folder walking, standard input,
/// per-file isolation. Shared by every command that reads inputs.
struct InputLoading {
    /// The configuration in force.
    let configuration: Configuration
    /// The pipeline that reads and analyses.
    let pipeline: AuditPipeline

    /// Loads the configuration (`--config` or discovery); on failure prints the error and returns
    /// nil.
    static func start(configPath: String?, session: Session) -> InputLoading? {
        switch ConfigurationDiscovery.configuration(explicitPath: configPath, console: session.console) {
        case .success(let configuration):
            let pipeline = AuditPipeline(importers: session.importers, checks: session.checks, tool: ToolInfo(version: LeastPrivVersion.current))
            return InputLoading(configuration: configuration, pipeline: pipeline)
        case .failure(let error):
            session.console.report(error)
            return nil
        }
    }

    /// The paths to read: those given, else the configuration's inputs (relative to its folder),
    /// else the current folder.
    func paths(_ given: [String]) -> [String] {
        if !given.isEmpty { return given }
        guard !configuration.inputs.isEmpty, let file = configuration.file else { return ["."] }
        let folder = (file as NSString).deletingLastPathComponent
        return configuration.inputs.map { $0.hasPrefix("/") || folder.isEmpty ? $0 : (folder as NSString).appendingPathComponent($0) }
    }

    /// The input files and the reports of what was skipped, reading `-` from standard input.
    func collect(_ paths: [String], console: Console) -> (files: [InputFile], reports: [InputReport]) {
        var files: [InputFile] = []
        var reports: [InputReport] = []
        let onDisk = paths.filter { $0 != "-" }
        let collection = InputCollector(baseDirectory: console.currentDirectory).collect(onDisk)
        files += collection.files
        reports += collection.reports
        if paths.contains("-") {
            do {
                let bytes = try DocumentReader.readStandardInput(limits: configuration.limits)
                files.append(InputFile(name: "-", source: .bytes(bytes)))
            } catch {
                reports.append(InputReport(file: "-", status: .error, errors: [error]))
            }
        }
        return (files, reports)
    }

    /// Reads and imports the inputs under `paths`.
    func load(_ givenPaths: [String], console: Console) -> LoadedInputs {
        let (files, reports) = collect(paths(givenPaths), console: console)
        return pipeline.load(inputs: files, earlierReports: reports, configuration: configuration, today: console.today)
    }
}
