import Documents
import Foundation

/// Turns the paths a user named into input files: files as they are, folders walked recursively
/// in sorted order.
///
/// Nothing is skipped silently: entries it does not read (symbolic links inside a walked folder,
/// which could lead outside what the user named; sockets and devices; git metadata; the
/// configuration file) come back as `skipped` reports with the reason.
public struct InputCollector: Sendable {
    /// The configuration file name, never read as an input.
    public static let configurationFileName = ".leastpriv.yml"

    /// What the paths came to.
    public struct Collection: Sendable {
        /// The files to read, in order.
        public var files: [InputFile]
        /// Entries not read, with why, and paths that do not exist.
        public var reports: [InputReport]
    }

    /// The folder relative paths are read from; nil for the process's current folder. Reports
    /// keep naming paths as the user gave them.
    public var baseDirectory: String?

    /// Makes a collector that reads relative paths from `baseDirectory`.
    public init(baseDirectory: String? = nil) {
        self.baseDirectory = baseDirectory
    }

    /// Where a path the user gave is on disk.
    func diskPath(_ path: String) -> String {
        guard let baseDirectory, !path.hasPrefix("/") else { return path }
        return join(baseDirectory, path)
    }

    /// Collects the files under `paths`; `-` is standard input, read by the caller.
    public func collect(_ paths: [String]) -> Collection {
        var collection = Collection(files: [], reports: [])
        for path in paths {
            collect(path, isTopLevel: true, into: &collection)
        }
        return collection
    }

    private func collect(_ path: String, isTopLevel: Bool, into collection: inout Collection) {
        guard let kind = entryKind(diskPath(path), followingLinks: isTopLevel) else {
            let error = InputError(code: "input.missing", message: "no such file or folder", location: FileLocation(file: path))
            collection.reports.append(InputReport(file: path, status: .error, errors: [error]))
            return
        }
        let name = (path as NSString).lastPathComponent
        switch kind {
        case .symbolicLink:
            collection.reports.append(InputReport(file: path, status: .skipped, note: "symbolic link inside a folder (not followed)"))
        case .folder where !isTopLevel && name == ".git":
            collection.reports.append(InputReport(file: path, status: .skipped, note: "git metadata"))
        case .folder:
            let children: [String]
            do {
                children = try FileManager.default.contentsOfDirectory(atPath: diskPath(path)).sorted()
            } catch {
                let failure = InputError(code: "input.read", message: "cannot list folder", location: FileLocation(file: path))
                collection.reports.append(InputReport(file: path, status: .error, errors: [failure]))
                return
            }
            for child in children {
                collect(join(path, child), isTopLevel: false, into: &collection)
            }
        case .file where !isTopLevel && name == Self.configurationFileName:
            collection.reports.append(InputReport(file: path, status: .skipped, note: "configuration file"))
        case .file:
            collection.files.append(InputFile(name: path, source: .path(diskPath(path))))
        case .other:
            collection.reports.append(InputReport(file: path, status: .skipped, note: "not a regular file"))
        }
    }

    private enum EntryKind {
        case file, folder, symbolicLink, other
    }

    /// What is at `path`; a path the user named is followed through links (they chose it), an
    /// entry found inside a folder is not.
    private func entryKind(_ path: String, followingLinks: Bool) -> EntryKind? {
        var status = stat()
        let result = followingLinks ? stat(path, &status) : lstat(path, &status)
        guard result == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    private func join(_ folder: String, _ child: String) -> String {
        folder.hasSuffix("/") ? folder + child : folder + "/" + child
    }
}
