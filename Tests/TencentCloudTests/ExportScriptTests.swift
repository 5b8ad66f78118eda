import AccessGraph
import Documents
import Foundation
import Testing
@testable import TencentCloud

/// Runs `scripts/export-tencentcloud.sh` against a fake `tccli` replaying recorded responses
/// (`Fixtures/TencentCloud/export/`), then imports the bundle it wrote.
struct ExportScriptTests {
    static let script = TestFiles.repository.appendingPathComponent("scripts/export-tencentcloud.sh")
    static let fakeBin = TestFiles.url("export/bin")

    static func which(_ tool: String) -> Bool {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    struct Run {
        let status: Int32
        let bundle: String
        let log: [String]
        let stderr: String
    }

    static func runExport() throws -> Run? {
        guard which("bash"), which("python3") else {
            print("note: bash or python3 is missing; export script test skipped")
            return nil
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leastpriv-tc-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("bundle.json")
        let log = folder.appendingPathComponent("calls.log")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", script.path, "-o", output.path, "-r", "ap-guangzhou"]
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = fakeBin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["LEASTPRIV_EXPORT_PAGE_SIZE"] = "1"
        environment["FAKE_TCCLI_LOG"] = log.path
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let bundle = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        let calls = ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        return Run(status: process.terminationStatus, bundle: bundle, log: calls, stderr: stderr)
    }

    @Test func exportWritesABundleThatImports() throws {
        guard let run = try Self.runExport() else { return }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.log.contains { $0.hasPrefix("cam ListAttachedUserAllPolicies") && $0.contains("--Page 2") }, "pages past the first page")
        #expect(!run.log.contains { $0.contains("Create") || $0.contains("Modify") || $0.contains("Delete") || $0.contains("Attach ") }, "read-only calls only")

        let document = try DocumentReader.parse(Array(run.bundle.utf8), file: "bundle.json", syntax: .json)
        let importer = TencentCloudImporter()
        #expect(importer.recognise(document) == TencentCloudImporter.bundle)
        let outcome = importer.importDocuments([RecognisedDocument(document: document, format: TencentCloudImporter.bundle)])
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
        let model = try #require(outcome.model as? TencentCloudModel)
        #expect(model.users.count == 2 && model.roles.count == 1 && model.policies.values.filter { $0.kind == .identity }.count == 3)
        let lead = PrincipalID("qcs::cam::uin/100000000001:uin/100000000011")
        #expect(model.attachments[lead]?.count == 2, "both pages of attachments")
        #expect(model.users[lead]?.loginFactors == ["Phone"])
        let developer = PrincipalID("qcs::cam::uin/100000000001:uin/100000000012")
        #expect(model.groupsOfUser[developer] == ["qcs::cam::uin/100000000001:groupid/42"])
        #expect(model.boundaries[developer] != nil, "the strategyInfo boundary is kept")
        #expect(model.boundaries[lead] == nil, "PolicyId 0 means no boundary")
        #expect(model.registryNamespaces.filter(\.isPublic).map(\.name) == ["releases"])
        #expect(model.clusterCommonNames.first?.commonName == "100000000011-1700000000")
        #expect(model.clusterUserPermissions.map(\.roleName).sorted() == ["tke:admin", "tke:ns:dev"])
        #expect(model.clusterUserPermissions.first { $0.subaccountUin == "100000000012" }?.namespace == "apps")

        let authorizer = CAMAuthorizer(model: model)
        #expect(authorizer.decide(Request(principal: lead, action: "cam:AttachUserPolicy", resource: "*"), sessionPolicies: []).outcome == .allow)
        #expect(authorizer.decide(Request(principal: developer, action: "cvm:DescribeInstances", resource: "*"), sessionPolicies: []).outcome == .allow)
        #expect(authorizer.decide(Request(principal: developer, action: "cdb:DescribeDBInstances", resource: "*"), sessionPolicies: []).outcome == .implicitDeny, "outside the boundary")

        // The call the fake cannot answer is recorded, not silently dropped.
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.bundle.utf8)) as? [String: Any])
        let errors = try #require(root["exportErrors"] as? [[String: String]])
        #expect(errors.map { $0["call"] ?? "" } == ["cam DescribeSafeAuthFlagColl --SubUin 100000000012"])
        #expect(outcome.fragment.principals.first { $0.id == developer }?.mfa.status == .unknown)
    }
}
