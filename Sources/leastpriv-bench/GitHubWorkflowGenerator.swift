import Foundation

/// Writes an organisation of generated workflows and its export bundle, with a fixed seed.
struct GitHubWorkflowGenerator {
    var repositories = 500
    var workflowsPerRepository = 4
    var members = 200

    static let triggers = [
        "on: push", "on: [push, pull_request]", "on:\n  pull_request_target:\n    types: [opened]",
        "on:\n  push:\n    branches: [main]\n    tags: ['v*']", "on:\n  workflow_run:\n    workflows: [CI]\n    types: [completed]",
        "on:\n  schedule:\n    - cron: '0 3 * * *'\n  workflow_dispatch: {}", "on: issue_comment",
    ]
    static let permissions = [
        "", "permissions: read-all\n", "permissions: write-all\n", "permissions: {}\n",
        "permissions:\n  contents: read\n", "permissions:\n  contents: write\n  packages: write\n",
    ]
    static let jobPermissions = [
        "", "    permissions:\n      contents: read\n", "    permissions:\n      contents: write\n      id-token: write\n",
        "    permissions:\n      packages: write\n      contents: read\n",
    ]
    static let steps = [
        "      - uses: actions/checkout@v4\n",
        "      - uses: actions/checkout@8e5e7e5ab8b370d6c329ec480221332ada57f0ab\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n",
        "      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n",
        "      - uses: actions/cache@v4\n        with:\n          path: ~/.npm\n          key: npm-${{ hashFiles('package-lock.json') }}\n",
        "      - run: npm ci && npm test\n",
        "      - run: echo \"${{ github.event.issue.title }}\"\n",
        "      - uses: docker/login-action@v3\n        with:\n          registry: ghcr.io\n          username: ${{ github.actor }}\n          password: ${{ secrets.GITHUB_TOKEN }}\n",
        "      - run: docker push ghcr.io/acme/app:${{ github.sha }}\n",
        "      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: arn:aws:iam::111122223333:role/ci\n          aws-region: eu-west-1\n",
        "      - uses: softprops/action-gh-release@v2\n",
        "      - uses: octo/custom-action@main\n",
        "      - run: gh pr merge --auto \"$PR\"\n        env:\n          GH_TOKEN: ${{ github.token }}\n",
    ]

    /// Writes `ORG/REPO/.github/workflows/*.yml` and `github-export.json` under `directory`;
    /// returns the number of files.
    func write(to directory: URL) throws -> Int {
        var random = SeededRandom(seed: 6)
        var files = 0
        let manager = FileManager.default
        for repository in 0..<repositories {
            let folder = directory.appendingPathComponent("acme/repo\(repository)/.github/workflows")
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            for index in 0..<workflowsPerRepository {
                var text = "name: workflow \(index)\n" + random.pick(Self.triggers) + "\n" + random.pick(Self.permissions) + "jobs:\n"
                for job in 0..<random.number(1...4) {
                    text += "  job\(job):\n    runs-on: ubuntu-latest\n" + random.pick(Self.jobPermissions) + "    steps:\n"
                    for _ in 0..<random.number(2...8) { text += random.pick(Self.steps) }
                }
                try Data(text.utf8).write(to: folder.appendingPathComponent("w\(index).yml"))
                files += 1
            }
        }
        try Data(bundle(random: &random).utf8).write(to: directory.appendingPathComponent("github-export.json"))
        return files + 1
    }

    func bundle(random: inout SeededRandom) -> String {
        let logins = (0..<members).map { "user\($0)" }
        func list(_ names: [String]) -> String { "[" + names.map { "{\"login\": \"\($0)\"}" }.joined(separator: ", ") + "]" }
        var repos: [String] = []
        for repository in 0..<repositories {
            var collaborators: [String] = []
            for _ in 0..<random.number(3...10) {
                let role = random.pick(["read", "write", "write", "maintain", "admin"])
                collaborators.append("{\"login\": \"\(random.pick(logins))\", \"role_name\": \"\(role)\", \"permissions\": {\"push\": \(role != "read"), \"admin\": \(role == "admin")}}")
            }
            repos.append("""
                {"repository": {"full_name": "acme/repo\(repository)", "default_branch": "main"},
                 "collaborators": [\(collaborators.joined(separator: ", "))],
                 "branch_protection": {"main": {"required_pull_request_reviews": {"required_approving_review_count": \(random.number(0...2))}, "enforce_admins": {"enabled": false}}}}
                """)
        }
        return """
            {"leastprivGitHubExport": 1, "organization": "acme",
             "org": {"login": "acme", "two_factor_requirement_enabled": false},
             "workflow_permissions": {"default_workflow_permissions": "write", "can_approve_pull_request_reviews": false},
             "members": \(list(logins)), "members_2fa_disabled": \(list(Array(logins.prefix(10)))),
             "repositories": [\(repos.joined(separator: ",\n"))]}
            """
    }
}
