import Foundation

/// Finds the GitHub repository of a workflow file from the `origin` remote of the checkout it
/// sits in (DESIGN §8). Only `<checkout>/.git/config` is read — the checkout being the folder that
/// holds the file's `.github` — and only its `[remote "origin"]` `url`.
public enum GitOriginRemote {
    /// `OWNER/REPO` of the origin remote, when it is on github.com.
    public static func repository(ofWorkflowFile file: String) -> String? {
        guard file != "-", let root = checkoutRoot(of: file) else { return nil }
        var config = root + "/.git/config"
        var isDirectory: ObjCBool = false
        let gitPath = root + "/.git"
        guard FileManager.default.fileExists(atPath: gitPath, isDirectory: &isDirectory) else { return nil }
        if !isDirectory.boolValue {
            // A worktree or submodule: `.git` is a file `gitdir: PATH`; the config lives in the
            // common directory, or in PATH itself.
            guard let text = try? String(contentsOfFile: gitPath, encoding: .utf8),
                  let line = text.split(separator: "\n").first(where: { $0.hasPrefix("gitdir:") }) else { return nil }
            var gitDirectory = line.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespaces)
            if !gitDirectory.hasPrefix("/") { gitDirectory = root + "/" + gitDirectory }
            if let common = try? String(contentsOfFile: gitDirectory + "/commondir", encoding: .utf8) {
                let trimmed = common.trimmingCharacters(in: .whitespacesAndNewlines)
                config = (trimmed.hasPrefix("/") ? trimmed : gitDirectory + "/" + trimmed) + "/config"
            } else {
                config = gitDirectory + "/config"
            }
        }
        guard let text = try? String(contentsOfFile: config, encoding: .utf8) else { return nil }
        return originURL(inConfig: text).flatMap(repository(ofRemoteURL:))
    }

    /// The folder holding the file's `.github` folder.
    static func checkoutRoot(of file: String) -> String? {
        let parts = file.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let github = parts.lastIndex(of: ".github") else { return nil }
        let root = parts[..<github].joined(separator: "/")
        return root.isEmpty ? (file.hasPrefix("/") ? "/" : ".") : root
    }

    /// The `url` of `[remote "origin"]` in a git config text.
    static func originURL(inConfig text: String) -> String? {
        var inOrigin = false
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                inOrigin = line.replacingOccurrences(of: " ", with: "") == "[remote\"origin\"]"
                continue
            }
            guard inOrigin, let equals = line.firstIndex(of: "=") else { continue }
            if line[..<equals].trimmingCharacters(in: .whitespaces).lowercased() == "url" {
                return line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// `OWNER/REPO` of a github.com remote URL in any of its forms (`git@github.com:o/r.git`,
    /// `https://github.com/o/r`, `ssh://git@github.com/o/r.git`), nil for other hosts.
    static func repository(ofRemoteURL url: String) -> String? {
        var path: Substring
        if let range = url.range(of: "github.com:"), !url.contains("://") {
            path = url[range.upperBound...]
        } else if let range = url.range(of: "github.com/") {
            path = url[range.upperBound...]
        } else {
            return nil
        }
        if path.hasSuffix("/") { path = path.dropLast() }
        if path.hasSuffix(".git") { path = path.dropLast(4) }
        let parts = path.split(separator: "/")
        guard parts.count == 2 else { return nil }
        return "\(parts[0])/\(parts[1])"
    }
}
