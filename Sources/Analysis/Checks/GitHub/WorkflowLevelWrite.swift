import AccessGraph
import GitHub

/// Flags write scopes granted at workflow level, where every job inherits them.
struct WorkflowLevelWrite: Check {
    static let description = CheckDescription(
        id: "LP0405", slug: "github-workflow-level-write",
        title: "Write scope granted to every job of a workflow",
        category: .overGrant, severity: .medium,
        rationale: """
            A workflow-level `permissions:` block applies to every job without its own block, so a \
            write scope meant for the release job also reaches the test and lint jobs and every \
            action they run.
            """,
        remediation: "Set `permissions: contents: read` (or `{}`) at workflow level and grant the write scope in the one job that needs it.",
        triggering: [
            CheckExample(file: "acme/api/.github/workflows/release.yml", """
                on: push
                permissions:
                  contents: ⚑write
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make test
                """),
        ],
        nonTriggering: [
            CheckExample(file: "acme/api/.github/workflows/release.yml", """
                on: push
                permissions:
                  contents: read
                jobs:
                  release:
                    runs-on: ubuntu-latest
                    permissions:
                      contents: write
                    steps:
                      - run: gh release create v1
                """),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        var result: [Finding] = []
        for analysed in context.gitHub.workflows {
            let workflow = analysed.workflow
            guard let block = workflow.permissions, case .scopes(let levels) = block.form else { continue }
            let inheriting = workflow.jobs.filter { $0.permissions == nil }.map(\.id)
            guard !inheriting.isEmpty else { continue }
            for (scope, level) in levels.sorted(by: { $0.key < $1.key }) where level == .write {
                result.append(finding(
                    message: "`\(scope.rawValue): write` at workflow level reaches \(inheriting.map { "`\($0)`" }.joined(separator: ", "))",
                    principal: "github:job:\(workflow.repository.name)/\(workflow.repositoryPath)#\(inheriting[0])",
                    resource: "github:repo:\(workflow.repository.name)",
                    locations: [block.scopeLocations[scope] ?? block.location],
                    anchor: "workflow-write:\(workflow.repositoryPath):\(scope.rawValue)"))
            }
        }
        return result
    }
}
