/// Our table of what common actions need from the `GITHUB_TOKEN`.
///
/// Written by us from each action's documented permissions and what it calls; every entry says
/// why. An action missing from the table makes its job unjudged: we never assume it needs
/// nothing. Where an action's need depends on use, the entry takes the level that its usual
/// use requires, so a suggested block never breaks the job.
public enum ActionNeedsTable {
    /// The entries.
    public static let entries: [ActionNeed] = [
        ActionNeed("actions/checkout", [.contents: .read], tokenInput: "token",
                   reason: "clones the repository with the token, which needs `contents: read`"),
        ActionNeed("actions/upload-artifact", [:],
                   reason: "talks to the artifact service with the runner's own token, not GITHUB_TOKEN"),
        ActionNeed("actions/download-artifact", [:], refinement: .whenInputPassesToken("github-token", .actions, .read),
                   reason: "same-run downloads use the runner's token; passing `github-token` for another run needs `actions: read`"),
        ActionNeed("actions/cache", [:], reason: "uses the cache service with the runner's own token"),
        ActionNeed("actions/cache/save", [:], reason: "uses the cache service with the runner's own token"),
        ActionNeed("actions/cache/restore", [:], reason: "uses the cache service with the runner's own token"),
        ActionNeed("actions/setup-node", [:], reason: "downloads public tool releases; the token only raises rate limits"),
        ActionNeed("actions/setup-python", [:], reason: "downloads public tool releases; the token only raises rate limits"),
        ActionNeed("actions/setup-go", [:], reason: "downloads public tool releases; the token only raises rate limits"),
        ActionNeed("actions/setup-java", [:], reason: "downloads public tool releases; the token only raises rate limits"),
        ActionNeed("actions/setup-dotnet", [:], reason: "downloads public tool releases; the token only raises rate limits"),
        ActionNeed("actions/upload-pages-artifact", [:], reason: "uploads an artifact with the runner's own token"),
        ActionNeed("actions/configure-pages", [.pages: .read], reason: "reads the repository's Pages site settings"),
        ActionNeed("actions/deploy-pages", [.pages: .write, .idToken: .write],
                   reason: "requests a Pages deployment (`pages: write`) authenticated by an OIDC token (`id-token: write`)"),
        ActionNeed("actions/attest-build-provenance", [.idToken: .write, .attestations: .write],
                   reason: "signs with a Sigstore certificate from an OIDC token and stores the attestation"),
        ActionNeed("actions/attest", [.idToken: .write, .attestations: .write],
                   reason: "signs with a Sigstore certificate from an OIDC token and stores the attestation"),
        ActionNeed("actions/labeler", [.contents: .read, .pullRequests: .write], tokenInput: "repo-token",
                   reason: "reads the labeler configuration and adds labels to pull requests"),
        ActionNeed("actions/stale", [.issues: .write, .pullRequests: .write], tokenInput: "repo-token",
                   reason: "comments on, labels and closes stale issues and pull requests"),
        ActionNeed("actions/first-interaction", [.issues: .write, .pullRequests: .write], tokenInput: "repo-token",
                   reason: "comments on a first-time contributor's issue or pull request"),
        ActionNeed("actions/dependency-review-action", [.contents: .read], tokenInput: "repo-token",
                   reason: "reads the dependency graph diff of the pull request"),
        ActionNeed("actions/create-release", [.contents: .write], reason: "creates a release, which needs `contents: write`"),
        ActionNeed("softprops/action-gh-release", [.contents: .write], tokenInput: "token",
                   reason: "creates or updates a release and uploads its assets"),
        ActionNeed("ncipollo/release-action", [.contents: .write], tokenInput: "token", reason: "creates or updates a release"),
        ActionNeed("github/codeql-action/init", [.securityEvents: .write, .actions: .read, .contents: .read],
                   reason: "CodeQL reads the run and repository and later uploads results"),
        ActionNeed("github/codeql-action/autobuild", [:], reason: "builds the code locally"),
        ActionNeed("github/codeql-action/analyze", [.securityEvents: .write, .actions: .read, .contents: .read],
                   reason: "uploads code-scanning results (`security-events: write`)"),
        ActionNeed("github/codeql-action/upload-sarif", [.securityEvents: .write, .actions: .read, .contents: .read], tokenInput: "token",
                   reason: "uploads a SARIF file as code-scanning results"),
        ActionNeed("aws-actions/configure-aws-credentials", [:], refinement: .oidcWhenInputSet("role-to-assume"),
                   reason: "with `role-to-assume` and no keys it exchanges a GitHub OIDC token for the role (`id-token: write`)"),
        ActionNeed("aws-actions/amazon-ecr-login", [:], reason: "uses AWS credentials, not the GitHub token"),
        ActionNeed("everpcpc/tencentcloud-oidc-auth", [.idToken: .write],
                   reason: "exchanges a GitHub OIDC token for a Tencent Cloud CAM role (`role-arn`)"),
        ActionNeed("mozillazg/alibabacloud-oidc-auth", [.idToken: .write],
                   reason: "exchanges a GitHub OIDC token for an Alibaba Cloud RAM role"),
        ActionNeed("google-github-actions/auth", [:], refinement: .oidcWhenInputSet("workload_identity_provider"),
                   reason: "with `workload_identity_provider` it exchanges a GitHub OIDC token (`id-token: write`)"),
        ActionNeed("azure/login", [:], refinement: .oidcUnlessInputSet("creds"),
                   reason: "without `creds` it signs in with a GitHub OIDC token (`id-token: write`)"),
        ActionNeed("docker/login-action", [:], refinement: .packagesWhenRegistryIsGHCR,
                   reason: "logging in to `ghcr.io` with the GITHUB_TOKEN is done to push packages (`packages: write`)"),
        ActionNeed("docker/build-push-action", [:], reason: "pushes with the registry login of an earlier step, not the token"),
        ActionNeed("docker/setup-buildx-action", [:], reason: "sets up the builder locally"),
        ActionNeed("docker/setup-qemu-action", [:], reason: "installs emulators locally"),
        ActionNeed("docker/metadata-action", [:], reason: "computes tags and labels from the event"),
        ActionNeed("peter-evans/create-pull-request", [.contents: .write, .pullRequests: .write], tokenInput: "token",
                   reason: "pushes a branch and opens or updates a pull request"),
        ActionNeed("pypa/gh-action-pypi-publish", [:], refinement: .oidcUnlessInputSet("password"),
                   reason: "without `password` it publishes through PyPI trusted publishing (`id-token: write`)"),
        ActionNeed("sigstore/cosign-installer", [:], reason: "installs cosign"),
        ActionNeed("codecov/codecov-action", [:], reason: "uploads coverage with Codecov's token"),
        ActionNeed("ossf/scorecard-action", [.securityEvents: .write, .idToken: .write, .contents: .read, .actions: .read],
                   reason: "reads the repository, publishes results with an OIDC token and uploads SARIF"),
        ActionNeed("release-drafter/release-drafter", [.contents: .write, .pullRequests: .write],
                   reason: "drafts a release and labels pull requests"),
        ActionNeed("goreleaser/goreleaser-action", [.contents: .write],
                   reason: "publishes a release with the GITHUB_TOKEN it is given"),
    ]

    /// Entries by action name.
    static let byAction: [String: ActionNeed] = Dictionary(entries.map { ($0.action, $0) }, uniquingKeysWith: { first, _ in first })

    /// The entry for a reference, if the table has one.
    public static func entry(for reference: ActionReference) -> ActionNeed? {
        guard let name = reference.actionName else { return nil }
        return byAction[name]
    }

    /// Whether a value passes the workflow's own token (`secrets.GITHUB_TOKEN`, `github.token`).
    public static func mentionsGitHubToken(_ value: String) -> Bool {
        let lower = value.lowercased().filter { $0 != " " }
        return lower.contains("secrets.github_token") || lower.contains("github.token")
    }
}
