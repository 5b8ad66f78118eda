import AccessGraph
import GitHub

/// Flags third-party actions referenced by a movable tag or branch in jobs holding write scopes
/// or `id-token: write`.
struct UnpinnedPrivilegedAction: Check {
    static let description = CheckDescription(
        id: "LP0407", slug: "github-unpinned-privileged-action",
        title: "Unpinned third-party action or image runs with a write token",
        category: .overGrant, severity: .high,
        rationale: """
            A tag or branch can be moved by the action's owner, or by whoever compromises them, to code \
            that then runs with the job's write token or OIDC identity (as in the tj-actions/changed-files \
            compromise). A full commit SHA cannot move.
            """,
        remediation: "Pin the action to a full commit SHA (`owner/action@<40 hex>  # v1.2.3`) and images to a digest (`image@sha256:…`), and let a bot update them.",
        triggering: [
            CheckExample(file: "acme/api/.github/workflows/release.yml", """
                on: push
                jobs:
                  release:
                    runs-on: ubuntu-latest
                    permissions:
                      contents: write
                    steps:
                      - uses: actions/checkout@v4
                      - uses: ⚑softprops/action-gh-release@v2
                """),
            CheckExample(file: "acme/api/.github/workflows/publish.yml", """
                on: push
                jobs:
                  publish:
                    runs-on: ubuntu-latest
                    container: ⚑node:20
                    permissions:
                      packages: write
                    steps:
                      - run: npm publish
                """),
        ],
        nonTriggering: [
            CheckExample(file: "acme/api/.github/workflows/release.yml", """
                on: push
                jobs:
                  release:
                    runs-on: ubuntu-latest
                    permissions:
                      contents: write
                    steps:
                      - uses: actions/checkout@v4
                      - uses: softprops/action-gh-release@c062e08bd532815e2082a85e87e3ef29c3e6d191
                """),
            CheckExample(file: "acme/api/.github/workflows/lint.yml", """
                on: push
                jobs:
                  lint:
                    runs-on: ubuntu-latest
                    permissions:
                      contents: read
                    steps:
                      - uses: golangci/golangci-lint-action@v6
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        var result: [Finding] = []
        for (workflow, job) in context.gitHubJobs {
            let writes = job.token.permissions.writeScopes
            guard !writes.isEmpty else { continue }
            var references = job.job.steps.compactMap { step in step.uses.map { ($0, step.bodyLocation, step.index) } }
            if let call = job.job.call { references.append((call.reference, call.location, -1)) }
            // The job's container and service images run beside the token too.
            let images = ([job.job.container].compactMap { $0 } + job.job.services).filter { !$0.isPinnedByDigest }
            for (index, image) in images.enumerated() {
                result.append(finding(
                    message: "image `\(image.image)` is referenced by tag and runs in job `\(job.job.id)` holding \(writes.map { "`\($0.rawValue): write`" }.joined(separator: ", "))",
                    principal: job.principalID, resource: "github:repo:\(workflow.repository.name)",
                    locations: [image.location], anchor: "unpinned-image:\(workflow.repositoryPath)#\(job.job.id):\(index):\(image.image)"))
            }
            for (reference, location, index) in references where reference.isThirdParty && !reference.pin.isImmutable {
                result.append(finding(
                    message: "`\(reference.raw)` is referenced by \(reference.pin == .tag ? "tag" : reference.isImage ? "image tag" : "branch") and runs in job `\(job.job.id)` holding \(writes.map { "`\($0.rawValue): write`" }.joined(separator: ", "))",
                    principal: job.principalID, resource: "github:repo:\(workflow.repository.name)",
                    locations: [location], anchor: "unpinned:\(workflow.repositoryPath)#\(job.job.id):\(index):\(reference.actionName ?? reference.raw)"))
            }
        }
        return result
    }
}
