import AccessGraph
import GitHub

/// Flags jobs whose token is `write-all`, or write on every scope by the default setting.
struct WriteAllToken: Check {
    static let description = CheckDescription(
        id: "LP0403", slug: "github-write-all-token",
        title: "Job token has write access to every scope",
        category: .overGrant, severity: .high,
        rationale: """
            `permissions: write-all`, or no `permissions:` block under the permissive default, gives \
            every step (and every action it runs) write access to code, releases, packages, issues and \
            workflows. Repositories and organisations created before February 2023 still default to it.
            """,
        remediation: "Add a `permissions:` block with only the scopes the job needs (start from `contents: read`), or set the default to read-only.",
        triggering: [
            CheckExample(file: "acme/api/.github/workflows/ci.yml", """
                on: push
                permissions: ⚑write-all
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make
                """),
            CheckExample(file: "acme/api/.github/workflows/ci.yml", """
                on: push
                jobs:
                  ⚑build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make
                """),
            CheckExample(file: "acme/api/.github/workflows/ci.yml", """
                on: push
                jobs:
                  ⚑build:
                    uses: ./.github/workflows/reusable-build.yml
                """),
        ],
        nonTriggering: [
            CheckExample(files: [
                ExampleFile(name: "acme/api/.github/workflows/ci.yml", content: """
                    on: push
                    permissions: {}
                    jobs:
                      build:
                        uses: ./.github/workflows/reusable-build.yml
                    """),
                ExampleFile(name: "acme/api/.github/workflows/reusable-build.yml", content: """
                    on: workflow_call
                    jobs:
                      build:
                        runs-on: ubuntu-latest
                        steps:
                          - run: make
                    """),
            ]),
            CheckExample(file: "acme/api/.github/workflows/reusable-build.yml", """
                on: workflow_call
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make
                """),
            CheckExample(file: "acme/api/.github/workflows/ci.yml", """
                on: push
                permissions:
                  contents: read
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make
                """),
            CheckExample(files: [
                ExampleFile(name: "acme/api/.github/workflows/ci.yml", content: """
                    on: push
                    jobs:
                      build:
                        runs-on: ubuntu-latest
                        steps:
                          - run: make
                    """),
                ExampleFile(name: "github-export.json", content: """
                    {"leastprivGitHubExport": 1, "organization": "acme",
                     "workflow_permissions": {"default_workflow_permissions": "read", "can_approve_pull_request_reviews": false},
                     "repositories": [{"repository": {"full_name": "acme/api", "default_branch": "main"}}]}
                    """),
            ]),
        ])

    func findings(in context: AnalysisContext) -> [Finding] {
        var result: [Finding] = []
        var reportedBlocks = Set<String>()
        for (workflow, job) in context.gitHubJobs {
            if let block = job.token.decidingBlock, block.form == .writeAll {
                guard reportedBlocks.insert(block.location.description).inserted else { continue }
                let jobs = block.location == job.job.permissions?.location ? "job `\(job.job.id)`" : "every job of `\(workflow.fileName)` without its own block"
                result.append(finding(
                    message: "`permissions: write-all` gives \(jobs) write access to every scope",
                    principal: job.principalID, resource: "github:repo:\(workflow.repository.name)",
                    locations: [block.location], anchor: "write-all:\(workflow.repositoryPath)#\(job.job.id)",
                    remediation: Self.remediation(for: job)))
            } else if job.token.comesFromDefault, job.token.defaultSetting.kind == .permissive, !workflow.isReusableOnly {
                // A called workflow without a block holds its caller's token, not the default:
                // the caller's job is where a write token is granted and reported.
                let setting = job.token.defaultSetting
                let why = setting.isAssumed
                    ? "no export gives the default token permissions, so the permissive legacy default is assumed"
                    : "the default token permissions are read/write"
                result.append(finding(
                    message: "job `\(job.job.id)` has no `permissions:` block and \(why): its token can write every scope",
                    principal: job.principalID, resource: "github:repo:\(workflow.repository.name)",
                    locations: [job.job.location] + (setting.location.map { [$0] } ?? []),
                    anchor: "default-write:\(workflow.repositoryPath)#\(job.job.id)",
                    remediation: Self.remediation(for: job)))
            }
        }
        return result
    }

    static func remediation(for job: AnalysedJob) -> String {
        guard job.needs.isJudged else {
            return description.remediation + " (leastpriv cannot work out this job's needs: \(job.needs.unjudgedBecause.joined(separator: "; ")))"
        }
        return "Give the job the block it needs: `\(job.minimalPermissions.flowBlock)`"
    }
}
