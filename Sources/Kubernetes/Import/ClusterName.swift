/// Which cluster a file describes: the name of the folder it sits in
/// (`exports/prod/rbac.yaml` → `prod`), or `default` for a file named without a folder and for
/// standard input.
public enum ClusterName {
    /// The cluster of files that sit in no folder.
    public static let fallback = "default"

    /// The cluster a file belongs to.
    public static func of(file: String) -> String {
        let parts = file.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count >= 2 else { return fallback }
        let folder = String(parts[parts.count - 2])
        return folder == "." || folder == ".." ? fallback : folder
    }
}
