/// Our table of what `run:` script commands need from the `GITHUB_TOKEN`.
///
/// Each pattern is a lower-case substring of the script; every one that occurs adds its needs.
public enum RunCommandNeeds {
    /// One pattern.
    public struct Pattern: Sendable, Hashable {
        /// The text searched for.
        public var text: String
        /// What it needs.
        public var needs: TokenPermissions
        /// Why.
        public var reason: String
        /// Extra text that must also occur (`ghcr.io` for `docker push`), if any.
        public var alsoRequires: String?
    }

    private static func pattern(_ text: String, _ needs: [TokenScope: AccessLevel], also: String? = nil, _ reason: String) -> Pattern {
        Pattern(text: text, needs: TokenPermissions(needs), reason: reason, alsoRequires: also)
    }

    /// The patterns.
    public static let patterns: [Pattern] = [
        pattern("git push", [.contents: .write], "pushes commits or tags with the checkout's persisted token"),
        pattern("gh release create", [.contents: .write], "creates a release"),
        pattern("gh release upload", [.contents: .write], "uploads release assets"),
        pattern("gh release edit", [.contents: .write], "edits a release"),
        pattern("gh release delete", [.contents: .write], "deletes a release"),
        pattern("gh release download", [.contents: .read], "downloads release assets"),
        pattern("gh pr merge", [.contents: .write, .pullRequests: .write], "merges a pull request"),
        pattern("gh pr create", [.pullRequests: .write], "opens a pull request"),
        pattern("gh pr comment", [.pullRequests: .write], "comments on a pull request"),
        pattern("gh pr edit", [.pullRequests: .write], "edits a pull request"),
        pattern("gh pr review", [.pullRequests: .write], "reviews a pull request"),
        pattern("gh pr close", [.pullRequests: .write], "closes a pull request"),
        pattern("gh issue create", [.issues: .write], "opens an issue"),
        pattern("gh issue comment", [.issues: .write], "comments on an issue"),
        pattern("gh issue edit", [.issues: .write], "edits an issue"),
        pattern("gh issue close", [.issues: .write], "closes an issue"),
        pattern("gh workflow run", [.actions: .write], "starts a workflow"),
        pattern("gh run rerun", [.actions: .write], "re-runs a workflow run"),
        pattern("gh run cancel", [.actions: .write], "cancels a workflow run"),
        pattern("gh run download", [.actions: .read], "downloads another run's artifacts"),
        pattern("docker push", [.packages: .write], also: "ghcr.io", "pushes an image to GitHub Packages"),
        pattern("docker login ghcr.io", [.packages: .read], "signs in to GitHub Packages"),
        pattern("npm publish", [.packages: .write], also: "npm.pkg.github.com", "publishes to the GitHub npm registry"),
        pattern("npm publish --provenance", [.idToken: .write], "signs npm provenance with an OIDC token"),
        pattern("actions_id_token_request_url", [.idToken: .write], "requests an OIDC token directly"),
        pattern("cosign sign", [.idToken: .write], "keyless signing gets its certificate from an OIDC token"),
    ]

    /// Commands that use the token in ways no pattern can judge (`gh api`, raw API calls).
    public static let unjudgeable: [String] = ["gh api", "api.github.com", "octokit", "hub "]

    /// The needs of one script and the reasons, plus whether the script uses the token in a way
    /// no pattern judges.
    public static func needs(of script: String, tokenAvailable: Bool) -> (needs: TokenPermissions, reasons: [String], unjudged: String?) {
        let lower = script.lowercased()
        var needs = TokenPermissions(), reasons: [String] = []
        for pattern in patterns where lower.contains(pattern.text) {
            if let also = pattern.alsoRequires, !lower.contains(also) { continue }
            needs = needs.union(pattern.needs)
            reasons.append("`\(pattern.text)` \(pattern.reason)")
        }
        var unjudged: String?
        if tokenAvailable, let command = unjudgeable.first(where: { lower.contains($0) }) {
            unjudged = "the script calls `\(command.filter { $0 != " " })` with the token"
        }
        if tokenAvailable, unjudged == nil, needs.levels.isEmpty, lower.contains("gh ") {
            unjudged = "the script runs `gh` commands with the token that no table entry judges"
        }
        return (needs, reasons, unjudged)
    }
}
