import Foundation
import Testing
@testable import Analysis

struct InputCollectorTests {
    /// A fresh folder tree for one test.
    func makeTree() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("leastpriv-collector-\(UUID().uuidString)").path
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/b/.git", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: root + "/a/.github/workflows", withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: root + "/b/policy.json"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/b/.git/HEAD"))
        try Data("on: push\n".utf8).write(to: URL(fileURLWithPath: root + "/a/.github/workflows/ci.yml"))
        try Data("fail-on: high\n".utf8).write(to: URL(fileURLWithPath: root + "/.leastpriv.yml"))
        try manager.createSymbolicLink(atPath: root + "/b/outside", withDestinationPath: "/etc")
        return root
    }

    @Test func walksFoldersInSortedOrderAndSaysWhatItSkips() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let collection = InputCollector().collect([root, root + "/missing.json"])
        #expect(collection.files.map(\.name) == [root + "/a/.github/workflows/ci.yml", root + "/b/policy.json"])
        let skipped = Dictionary(uniqueKeysWithValues: collection.reports.map { ($0.file, $0) })
        #expect(skipped[root + "/.leastpriv.yml"]?.status == .skipped)
        #expect(skipped[root + "/b/.git"]?.note == "git metadata")
        #expect(skipped[root + "/b/outside"]?.note == "symbolic link inside a folder (not followed)")
        #expect(skipped[root + "/missing.json"]?.status == .error)
        #expect(skipped[root + "/missing.json"]?.errors.first?.code == "input.missing")
    }

    @Test func aLinkTheUserNamesIsFollowed() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/link.json", withDestinationPath: root + "/b/policy.json")
        let collection = InputCollector().collect([root + "/link.json"])
        #expect(collection.files.map(\.name) == [root + "/link.json"])
    }
}
