import Foundation
import Testing
import TestSupport
@testable import LeastPrivCLI

/// `can` and `who-can` through the generic importer and authorizer protocols, with a fake provider.
struct QueryCommandTests {
    let fake = [FakeImporter()]

    func folder() throws -> String {
        try temporaryFolder(["users.json": #"{"fake-users": ["alice", "bob", "alan"]}"#])
    }

    @Test func canAnswersAndExitsLikeKubectlAuthCanI() throws {
        let inputs = try folder()
        let allowed = CommandRun(["can", "alice", "read", "thing", "--input", inputs], importers: fake)
        #expect(allowed.code == .success, "\(allowed.error)")
        #expect(allowed.output.hasPrefix("allow: fake:user/alice may read on thing"))

        let conditional = CommandRun(["can", "alice", "write", "thing", "--input", inputs, "--format", "json"], importers: fake)
        #expect(conditional.code == .findings)
        let json = try JSONSerialization.jsonObject(with: Data(conditional.output.utf8)) as? [String: Any]
        #expect(json?["decision"] as? String == "conditional")
        #expect((json?["conditions"] as? [[String: Any]])?.first?["key"] as? String == "mfa")

        let withContext = CommandRun(["can", "alice", "write", "thing", "--input", inputs, "--context", "mfa=true"], importers: fake)
        #expect(withContext.code == .success)

        let complete = CommandRun(["can", "alice", "write", "thing", "--input", inputs, "--complete-context"], importers: fake)
        #expect(complete.code == .findings)
        #expect(complete.output.hasPrefix("implicit-deny:"))
    }

    @Test func principalNamesResolveOrExplain() throws {
        let inputs = try folder()
        let unknown = CommandRun(["can", "alicia", "read", "thing", "--input", inputs], importers: fake)
        #expect(unknown.code == .usage)
        #expect(unknown.error.contains("no principal `alicia` in the inputs; did you mean `fake:user/alice`?"), "\(unknown.error)")

        let full = CommandRun(["can", "fake:user/bob", "read", "thing", "--input", inputs], importers: fake)
        #expect(full.code == .success)
    }

    @Test func whoCanListsAllowedPrincipalsInOrder() throws {
        let inputs = try folder()
        let run = CommandRun(["who-can", "read", "thing", "--input", inputs, "--format", "json"], importers: fake)
        #expect(run.code == .success)
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let principals = (json?["principals"] as? [[String: Any]])?.compactMap { $0["principal"] as? String }
        #expect(principals == ["fake:user/alan", "fake:user/alice", "fake:user/bob"])

        let none = CommandRun(["who-can", "delete", "thing", "--input", inputs], importers: fake)
        #expect(none.output == "no principal in the inputs may delete on thing\n")
    }
}
