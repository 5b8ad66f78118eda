import Analysis
import Documents
import Foundation

/// Finds and loads `.leastpriv.yml`: the file `--config` names, or the first found walking up
/// from the current folder.
enum ConfigurationDiscovery {
    /// The configuration in force, or the error that stops the run.
    static func configuration(explicitPath: String?, console: Console) -> Result<Configuration, InputError> {
        let found: (disk: String, shown: String)
        if let explicitPath {
            found = (console.resolve(explicitPath), explicitPath)
        } else if let discovered = search(from: console.currentDirectory) {
            found = (discovered, shownName(discovered, from: console.currentDirectory))
        } else {
            return .success(Configuration())
        }
        let loader = ConfigurationLoader(knownChecks: CheckCatalog.names)
        return Result { () throws(InputError) in
            let bytes = try DocumentReader.readBytes(path: found.disk, limits: .default)
            return try loader.parse(bytes, file: found.shown)
        }
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

    /// The path as reports show it: relative to the current folder when it is inside it.
    static func shownName(_ path: String, from folder: String) -> String {
        let base = URL(fileURLWithPath: folder).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
