import Foundation
import Testing
@testable import GitHub

/// The needs tables: per action, per input, per command, and the unjudged cases.
struct NeedsTests {
    static func needs(_ steps: String, jobEnv: String = "") throws -> JobNeeds {
        let read = try workflow("on: push\njobs:\n  j:\n    runs-on: x\n\(jobEnv)    steps:\n\(steps)")
        return JobNeeds.of(read.jobs[0])
    }

    @Test func releaseJobNeedsAreWorkedOutStepByStep() throws {
        let release = try workflow(String(contentsOf: Fixtures.directory.appendingPathComponent("workflows/release.yml"), encoding: .utf8),
                                   file: "acme/api/.github/workflows/release.yml")
        let publish = JobNeeds.of(release.jobs[1])
        #expect(publish.isJudged)
        #expect(publish.needs == TokenPermissions([.contents: .read, .idToken: .write, .packages: .write]))
        #expect(publish.reasons.count == 4)
    }

    @Test func inputsRefineNeeds() throws {
        let keys = try Self.needs("      - uses: aws-actions/configure-aws-credentials@v4\n        with: {aws-access-key-id: x, aws-region: y}\n")
        #expect(keys.needs == TokenPermissions() && keys.isJudged)
        let pypiToken = try Self.needs("      - uses: pypa/gh-action-pypi-publish@release/v1\n        with: {password: '${{ secrets.PYPI }}'}\n")
        #expect(pypiToken.needs == TokenPermissions())
        let pypiTrusted = try Self.needs("      - uses: pypa/gh-action-pypi-publish@release/v1\n")
        #expect(pypiTrusted.needs == TokenPermissions([.idToken: .write]))
        let otherToken = try Self.needs("      - uses: peter-evans/create-pull-request@v6\n        with: {token: '${{ secrets.BOT_PAT }}'}\n")
        #expect(otherToken.needs == TokenPermissions())
        let ownToken = try Self.needs("      - uses: peter-evans/create-pull-request@v6\n")
        #expect(ownToken.needs == TokenPermissions([.contents: .write, .pullRequests: .write]))
        let otherRun = try Self.needs("      - uses: actions/download-artifact@v4\n        with: {run-id: '1', github-token: '${{ github.token }}'}\n")
        #expect(otherRun.needs == TokenPermissions([.actions: .read]))
        #expect(try Self.needs("      - uses: actions/download-artifact@v4\n").needs == TokenPermissions())
        let dockerHub = try Self.needs("      - uses: docker/login-action@v3\n        with: {username: u, password: '${{ secrets.HUB }}'}\n")
        #expect(dockerHub.needs == TokenPermissions())
    }

    @Test func runCommands() throws {
        #expect(try Self.needs("      - run: git push origin HEAD\n").needs == TokenPermissions([.contents: .write]))
        #expect(try Self.needs("      - run: gh pr merge --auto 1\n        env: {GH_TOKEN: '${{ github.token }}'}\n").needs
                == TokenPermissions([.contents: .write, .pullRequests: .write]))
        #expect(try Self.needs("      - run: docker push example.com/api\n").needs == TokenPermissions())
        #expect(try Self.needs("      - run: npm publish --provenance\n").needs == TokenPermissions([.idToken: .write]))
    }

    @Test func unknownUsesOfTheTokenAreUnjudged() throws {
        #expect(try !Self.needs("      - uses: octo/unknown@v1\n").isJudged)
        #expect(try !Self.needs("      - uses: ./local-action\n").isJudged)
        #expect(try !Self.needs("      - run: gh api repos/acme/api/issues\n        env: {GH_TOKEN: '${{ secrets.GITHUB_TOKEN }}'}\n").isJudged)
        #expect(try !Self.needs("      - run: gh api /user\n", jobEnv: "    env: {GITHUB_TOKEN: '${{ github.token }}'}\n").isJudged)
        // Without the token in reach, `gh api` cannot use it.
        #expect(try Self.needs("      - run: gh api /user\n").isJudged)
    }

    @Test func everyEntryIsDocumented() throws {
        let doc = try String(contentsOf: Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/github.md"), encoding: .utf8)
        for entry in ActionNeedsTable.entries {
            #expect(doc.contains("| `\(entry.action)` |"), "docs/github.md lacks `\(entry.action)`")
            #expect(!entry.reason.isEmpty)
        }
        #expect(Set(ActionNeedsTable.entries.map(\.action)).count == ActionNeedsTable.entries.count)
    }

    @Test func minimalBlockIsPasteable() {
        #expect(TokenPermissions([.contents: .read, .idToken: .write]).yamlBlock(indent: 2) == "  permissions:\n    contents: read\n    id-token: write")
        #expect(TokenPermissions().yamlBlock() == "permissions: {}")
    }
}
