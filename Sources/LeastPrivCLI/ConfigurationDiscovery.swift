import Analysis
import Documents
import Foundation

/// Finds and loads `.leastpriv.yml`: the file `--config` names, or the first found walking up
/// from the current folder.
enum ConfigurationDiscovery {
    /// The configuration in force, or the error that stops the run.
    static func configuration(explicitPath: String?, console: Console) -> Result<Configuration, InputError> {
        let loader = ConfigurationLoader(knownChecks: CheckCatalog.names)
        if let explicitPath {
            return Result { () throws(InputError) in try loader.load(path: console.resolve(explicitPath)) }
        }
        guard let found = search(from: console.currentDirectory) else { return .success(Configuration()) }
        return Result { () throws(InputError) in try loader.load(path: found) }
    }

    /// The nearest `.leastpriv.yml` at or above `folder`.
    static func search(from folder: String) -> String? {
        var current = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(InputCollector.configurationFileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }
}
