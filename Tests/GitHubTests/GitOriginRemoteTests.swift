import Foundation
import Testing
@testable import GitHub

/// The `origin` remote decides a checkout's repository, in every URL form git writes.
struct GitOriginRemoteTests {
    @Test func remoteURLForms() {
        #expect(GitOriginRemote.repository(ofRemoteURL: "git@github.com:acme/api.git") == "acme/api")
        #expect(GitOriginRemote.repository(ofRemoteURL: "https://github.com/acme/api") == "acme/api")
        #expect(GitOriginRemote.repository(ofRemoteURL: "https://github.com/acme/api.git/") == "acme/api")
        #expect(GitOriginRemote.repository(ofRemoteURL: "ssh://git@github.com/acme/api.git") == "acme/api")
        #expect(GitOriginRemote.repository(ofRemoteURL: "git@gitlab.com:acme/api.git") == nil)
        #expect(GitOriginRemote.repository(ofRemoteURL: "https://github.com/acme") == nil)
    }

    @Test func originSectionOnly() {
        let config = """
            [core]
            \tbare = false
            [remote "upstream"]
            \turl = git@github.com:octo/api.git
            [remote "origin"]
            \turl = https://github.com/acme/api.git
            \tfetch = +refs/heads/*:refs/remotes/origin/*
            """
        #expect(GitOriginRemote.originURL(inConfig: config) == "https://github.com/acme/api.git")
    }

    @Test func checkoutOnDiskNamesTheRepository() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("leastpriv-origin-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        let workflows = root.appendingPathComponent("checkout/.github/workflows")
        try FileManager.default.createDirectory(at: workflows, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("checkout/.git"), withIntermediateDirectories: true)
        try Data("[remote \"origin\"]\n\turl = git@github.com:acme/web.git\n".utf8).write(to: root.appendingPathComponent("checkout/.git/config"))
        let file = workflows.appendingPathComponent("ci.yml").path
        #expect(GitOriginRemote.repository(ofWorkflowFile: file) == "acme/web")
        #expect(GitHubImporter.attribute(file, exports: []) == RepositoryAttribution(name: "acme/web", source: .gitRemote))
        // Without a checkout, the path decides.
        #expect(GitOriginRemote.repository(ofWorkflowFile: "nowhere/acme/api/.github/workflows/ci.yml") == nil)
    }
}
