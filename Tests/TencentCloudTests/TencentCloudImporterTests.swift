import AccessGraph
import Documents
import Foundation
import Testing
@testable import TencentCloud

/// The importer on the sample bundle, on single tccli outputs and on malformed inputs.
struct TencentCloudImporterTests {
    static let owner = "100000000001"
    static let bundleURL = TestFiles.repository.appendingPathComponent("policy-samples/tencentcloud/tencentcloud-bundle.json")

    static func importFiles(_ files: [(name: String, text: String)]) throws -> ImportOutcome {
        let importer = TencentCloudImporter()
        var recognised: [RecognisedDocument] = []
        for file in files {
            let document = try DocumentReader.parse(Array(file.text.utf8), file: file.name, syntax: .json)
            let format = try #require(importer.recognise(document), "\(file.name) not recognised")
            recognised.append(RecognisedDocument(document: document, format: format))
        }
        return importer.importDocuments(recognised)
    }

    static func sampleOutcome() throws -> ImportOutcome {
        try importFiles([("bundle.json", try String(contentsOf: bundleURL, encoding: .utf8))])
    }

    @Test func sampleBundleYieldsPrincipalsWithCanonicalIdsAndAliases() throws {
        let outcome = try Self.sampleOutcome()
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
        var graph = PermissionGraph()
        graph.merge(outcome.fragment)
        let ids = Set(graph.principals.keys.map(\.rawValue))
        for expected in [
            "qcs::cam::uin/100000000001:uin/100000000001", "qcs::cam::uin/100000000001:uin/100000000011",
            "qcs::cam::uin/100000000001:groupid/42", "qcs::cam::uin/100000000001:roleName/ci-deploy",
            "qcs::cam::uin/100000000001:oidc-provider/github-actions",
        ] {
            #expect(ids.contains(expected), "missing \(expected)")
        }
        #expect(graph.principal(matching: "wang.lei") == .found("qcs::cam::uin/100000000001:uin/100000000011"))
        #expect(graph.principal(matching: "roleName/ci-deploy") == .found("qcs::cam::uin/100000000001:roleName/ci-deploy"))
        #expect(graph.principal(matching: "4611686018427400001") == .found("qcs::cam::uin/100000000001:roleName/ci-deploy"))
        let provider = try #require(graph.principals["qcs::cam::uin/100000000001:oidc-provider/github-actions"])
        #expect(provider.kind == .federated && provider.tags["issuer"] == "https://token.actions.githubusercontent.com")
        #expect(provider.tags["audiences"] == "sts.tencentcloudapi.com")
    }

    @Test func mfaAndHumanComeFromFlagsAndConsoleLogin() throws {
        var graph = PermissionGraph()
        graph.merge(try Self.sampleOutcome().fragment)
        let lead = try #require(graph.principals["qcs::cam::uin/100000000001:uin/100000000011"])
        #expect(lead.human == .human && lead.mfa.status == .none)
        #expect(lead.mfa.evidence.contains("LoginFlag: none"))
        #expect(lead.mfa.location?.line != nil)
        let developer = try #require(graph.principals["qcs::cam::uin/100000000001:uin/100000000012"])
        #expect(developer.mfa.status == .enforced && developer.mfa.evidence.contains("Token"))
        let exporter = try #require(graph.principals["qcs::cam::uin/100000000001:uin/100000000013"])
        #expect(exporter.human == .unknown)
        #expect(exporter.credentials.first?.lastUsed == "2026-11-29")
    }

    @Test func weakFactorsAreWeak() {
        let location = FileLocation(file: "f")
        #expect(MFAFlags.state(login: ["Phone"], action: [], location: location).status == .weak)
        #expect(MFAFlags.state(login: ["Phone", "U2FToken"], action: [], location: location).status == .enforced)
        #expect(MFAFlags.state(login: [], action: ["Token"], location: location).status == .none)
    }

    @Test func edgesSayWhyAndCarryConditions() throws {
        let edges = try Self.sampleOutcome().fragment.edges
        let member = try #require(edges.first { $0.kind == .memberOf })
        #expect(member.from == "qcs::cam::uin/100000000001:uin/100000000012" && member.to == "qcs::cam::uin/100000000001:groupid/42")
        let federation = try #require(edges.first { $0.kind == .federates })
        #expect(federation.to == "qcs::cam::uin/100000000001:roleName/ci-deploy")
        #expect(Set(federation.conditions.map(\.key)) == ["oidc:iss", "oidc:aud"])
        let assumes = edges.filter { $0.kind == .assumes && $0.to == "qcs::cam::uin/100000000001:roleName/ops-admin" }
        #expect(assumes.contains { $0.from == "qcs::cam::uin/100000000001:uin/100000000001" && $0.conditions.isEmpty })
        let lead = try #require(assumes.first { $0.from == "qcs::cam::uin/100000000001:uin/100000000011" })
        #expect(lead.conditions.map(\.key) == ["qcs:ip"], "the caller's ip condition stays on the edge")
        #expect(!assumes.contains { $0.from == "qcs::cam::uin/100000000001:uin/100000000012" }, "read-only access does not include sts:AssumeRole")
        let maps = try #require(edges.first { $0.kind == .mapsTo })
        #expect(maps.to == "k8s:cls-prod01:user:100000000011-1700000000")
    }

    @Test func canAnswersOnTheBundle() throws {
        let outcome = try Self.sampleOutcome()
        let authorizer = try #require(outcome.authorizer)
        var graph = PermissionGraph()
        graph.merge(outcome.fragment)
        let lead = PrincipalID("qcs::cam::uin/100000000001:uin/100000000011")
        #expect(authorizer.decide(Request(principal: lead, action: "cam:AttachUserPolicy", resource: "*"), graph: graph).outcome == .allow)
        #expect(authorizer.decide(Request(principal: lead, action: "cam:DeleteUser", resource: "*"), graph: graph).outcome == .implicitDeny)
        let developer = PrincipalID("qcs::cam::uin/100000000001:uin/100000000012")
        #expect(authorizer.decide(Request(principal: developer, action: "cvm:DescribeInstances", resource: "*"), graph: graph).outcome == .allow)
        #expect(authorizer.decide(Request(principal: developer, action: "cam:AttachUserPolicy", resource: "*"), graph: graph).outcome == .implicitDeny)
        let ci = PrincipalID("qcs::cam::uin/100000000001:roleName/ci-deploy")
        #expect(authorizer.decide(Request(principal: ci, action: "tcr:PushRepository", resource: "qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-prod01/releases/api"), graph: graph).outcome == .allow)
        #expect(authorizer.decide(Request(principal: ci, action: "tcr:PushRepository", resource: "qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-dev01/releases/api"), graph: graph).outcome == .implicitDeny)
    }

    @Test func toleratesTheAPIsFieldTypes() throws {
        let bundle = """
            {"format": "leastpriv.tencentcloud.bundle", "ownerUin": 100000000001,
             "policies": [
               {"PolicyId": 7, "PolicyName": "a", "Type": "user", "PolicyDocument": {"version": "2.0", "statement": {"effect": "allow", "action": "cos:*", "resource": "*"}}},
               {"PolicyId": "8", "PolicyName": "b", "Type": "2", "PolicyDocument": "{\\"version\\":\\"2.0\\",\\"statement\\":[{\\"effect\\":\\"allow\\",\\"action\\":\\"cvm:*\\",\\"resource\\":\\"qcs::cvm::uin\\/100000000001:instance\\/*\\"}]}"},
               {"PolicyId": 9, "PolicyName": "c", "Type": "QCS", "PolicyDocument": {"version": "2.0", "statement": {"effect": "allow", "action": "cdb:*", "resource": "*"}}}
             ],
             "roles": [{"role": {"RoleId": "4611686018427411642", "RoleName": "r"}, "attachedPolicies": [{"PolicyId": "7", "PolicyType": "User"}, {"PolicyId": 8, "PolicyType": 2}, {"PolicyId": "9", "PolicyType": "QCS"}]}]}
            """
        let outcome = try Self.importFiles([("types.json", bundle)])
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
        let model = try #require(outcome.model as? TencentCloudModel)
        #expect(model.policies["qcs::cam::uin/100000000001:policyid/8"]?.isPreset == true)
        #expect(model.policies["qcs::cam::uin/100000000001:policyid/7"]?.isPreset == false)
        let role = try #require(model.roles["qcs::cam::uin/100000000001:roleName/r"])
        #expect(role.roleID == "4611686018427411642")
        let authorizer = CAMAuthorizer(model: model)
        #expect(authorizer.decide(Request(principal: role.id, action: "cvm:StopInstances", resource: "qcs::cvm::uin/100000000001:instance/ins-1"), sessionPolicies: []).outcome == .allow)
        #expect(authorizer.decide(Request(principal: role.id, action: "cdb:StopInstances", resource: "*"), sessionPolicies: []).outcome == .allow)
    }

    @Test func oneBadDocumentNeverHidesTheOthers() throws {
        let bad = """
            {"format": "leastpriv.tencentcloud.bundle", "ownerUin": "100000000002",
             "policies": [{"PolicyId": 1, "PolicyName": "x", "Type": "weird",
               "PolicyDocument": {"version": "2.0", "statement": []}}]}
            """
        let embedded = """
            {"format": "leastpriv.tencentcloud.bundle", "ownerUin": "100000000003",
             "policies": [{"PolicyId": 1, "PolicyName": "x", "Type": 1,
               "PolicyDocument": "{\\"version\\":\\"2.0\\",\\"statement\\":[{\\"Effect\\":\\"allow\\"}]}"}]}
            """
        let outcome = try Self.importFiles([("bad.json", bad), ("embedded.json", embedded), ("good.json", try String(contentsOf: Self.bundleURL, encoding: .utf8))])
        #expect(outcome.failures.count == 2)
        let typeError = try #require(outcome.failures.first { $0.location.file == "bad.json" })
        #expect(typeError.code == "input.tencentcloud.policy-type" && typeError.location.line == 2)
        let embeddedError = try #require(outcome.failures.first { $0.location.file == "embedded.json" })
        #expect(embeddedError.code == "policy.cam.unknown-key" && embeddedError.location.line == 3)
        #expect(embeddedError.message.contains("of the string"))
        #expect(!outcome.fragment.principals.contains { $0.id.rawValue.contains("100000000002") || $0.id.rawValue.contains("100000000003") })
        #expect(outcome.fragment.principals.contains { $0.displayName == "wang.lei" })
    }

    @Test func missingDocumentIsAWarningNamedInDecisions() throws {
        let bundle = """
            {"format": "leastpriv.tencentcloud.bundle", "ownerUin": "100000000001",
             "users": [{"user": {"Uin": 100000000011, "Name": "u"}, "attachedPolicies": [{"PolicyId": 99, "PolicyName": "gone"}]}]}
            """
        let outcome = try Self.importFiles([("m.json", bundle)])
        #expect(outcome.failures.isEmpty)
        #expect(outcome.warnings.first?.code == "input.tencentcloud.missing-policy")
        let model = try #require(outcome.model as? TencentCloudModel)
        let decision = CAMAuthorizer(model: model).decide(Request(principal: "qcs::cam::uin/100000000001:uin/100000000011", action: "cos:GetObject", resource: "*"), sessionPolicies: [])
        #expect(decision.outcome == .implicitDeny)
        #expect(decision.reasons.contains { $0.detail.contains("not in the inputs") })
    }

    @Test func standalonePoliciesAreRecognisedByTheirLowercaseGrammar() throws {
        let importer = TencentCloudImporter()
        let cam = try TestFiles.document(#"{"version": "2.0", "statement": [{"effect": "allow", "action": "*", "resource": "*"}]}"#)
        #expect(importer.recognise(cam) == TencentCloudImporter.policy)
        let aws = try TestFiles.document(#"{"Version": "2012-10-17", "Statement": []}"#)
        #expect(importer.recognise(aws) == nil)
        let other = try TestFiles.document(#"{"name": "x"}"#)
        #expect(importer.recognise(other) == nil)
        let unrelated = try TestFiles.document(#"{"version": "2.0", "name": "some manifest"}"#)
        #expect(importer.recognise(unrelated) == nil, "a version alone does not make a policy")
        let miscased = try TestFiles.document(#"{"version": "2.0", "Statement": []}"#)
        #expect(importer.recognise(miscased) == TencentCloudImporter.policy, "claimed so the mistake is reported")
        let outcome = try Self.importFiles([("p.json", #"{"version": "2.0", "statement": [{"effect": "allow", "action": "*", "resource": "*"}]}"#)])
        #expect(outcome.fragment.policies.first?.statements.first?.provenance.line == 1)
    }

    @Test func singleTccliOutputsImportWithoutError() throws {
        let folder = TestFiles.url("tccli")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count >= 9)
        let files = try names.map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
        let outcome = try Self.importFiles(files)
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
        let model = try #require(outcome.model as? TencentCloudModel)
        let boundary = try #require(model.policies["file:GetUserPermissionBoundary.json"])
        #expect(boundary.kind == .boundary && boundary.document.statements.count == 1, "the strategyInfo envelope is unwrapped")
        #expect(model.policies.values.filter { $0.kind == .trust }.count >= 2)
    }

    /// Every CAM, TCR and TKE example response of the public tccli corpus that the importer
    /// recognises imports without error (skipped with a note when the corpus is absent).
    @Test func corpusExampleResponsesImportWithoutError() throws {
        let corpus = TestFiles.repository.deletingLastPathComponent().appendingPathComponent("shared/corpus/tencentcloud")
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            print("note: ../shared/corpus/tencentcloud is absent; corpus import test skipped")
            return
        }
        var recognisedCount = 0
        let importer = TencentCloudImporter()
        for service in ["cam-v20190116", "tcr-v20190924", "tke-v20180525", "sts-v20180813"] {
            let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: corpus.appendingPathComponent("\(service)-examples.json"))) as? [String: Any])
            let actions = try #require(root["actions"] as? [String: [[String: Any]]])
            for (action, examples) in actions.sorted(by: { $0.key < $1.key }) {
                for (index, example) in examples.enumerated() {
                    guard let output = example["output"] as? String,
                          let document = try? DocumentReader.parse(Array(output.utf8), file: "\(service)/\(action)-\(index).json", syntax: .json),
                          let format = importer.recognise(document) else { continue }
                    recognisedCount += 1
                    let outcome = importer.importDocuments([RecognisedDocument(document: document, format: format)])
                    #expect(outcome.failures.isEmpty, "\(service) \(action): \(outcome.failures)")
                }
            }
        }
        #expect(recognisedCount >= 20)
    }
}

/// TCR service accounts are principals with namespace-scoped rights.
struct TCRServiceAccountTests {
    @Test func serviceAccountsPushOnlyWhereGranted() throws {
        let outcome = try TencentCloudImporterTests.sampleOutcome()
        let model = try #require(outcome.model as? TencentCloudModel)
        let id = PrincipalID("tcr:tcr-prod01:serviceaccount:tcr$release-bot")
        let principal = try #require(outcome.fragment.principals.first { $0.id == id })
        #expect(principal.kind == .serviceAccount && principal.human == .machine)
        let authorizer = CAMAuthorizer(model: model)
        let base = "qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-prod01"
        #expect(authorizer.decide(Request(principal: id, action: "tcr:PushRepository", resource: "\(base)/releases/api"), sessionPolicies: []).outcome == .allow)
        #expect(authorizer.decide(Request(principal: id, action: "tcr:PullRepository", resource: "\(base)/internal/api"), sessionPolicies: []).outcome == .allow)
        #expect(authorizer.decide(Request(principal: id, action: "tcr:PushRepository", resource: "\(base)/internal/api"), sessionPolicies: []).outcome == .implicitDeny)
        #expect(authorizer.decide(Request(principal: id, action: "tcr:PushRepository", resource: "qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-dev/releases/api"), sessionPolicies: []).outcome == .implicitDeny)
    }

    @Test func disabledServiceAccountsCanDoNothing() throws {
        let bundle = """
            {"format": "leastpriv.tencentcloud.bundle", "ownerUin": "1",
             "tcr": [{"instance": {"RegistryId": "tcr-1", "RegionName": "ap-guangzhou"},
               "serviceAccounts": [{"Name": "tcr$old", "Disable": true, "Permissions": [{"Resource": "ns", "Actions": ["tcr:PushRepository"]}]}]}]}
            """
        let outcome = try TencentCloudImporterTests.importFiles([("sa.json", bundle)])
        let model = try #require(outcome.model as? TencentCloudModel)
        let decision = CAMAuthorizer(model: model).decide(Request(principal: "tcr:tcr-1:serviceaccount:tcr$old", action: "tcr:PushRepository", resource: "qcs::tcr:ap-guangzhou:uin/1:repository/tcr-1/ns/app"), sessionPolicies: [])
        #expect(decision.outcome == .implicitDeny && decision.reasons.first?.detail.contains("disabled") == true)
    }
}

/// Trust policies: denies remove or narrow edges, `*` is anyone, the root account is unlimited.
struct TrustPolicyLinkingTests {
    static let bundle = """
        {"format": "leastpriv.tencentcloud.bundle", "ownerUin": "1",
         "policies": [{"PolicyId": 5, "PolicyName": "assume", "Type": 1, "PolicyDocument": {"version": "2.0", "statement": {"effect": "allow", "action": "sts:AssumeRole", "resource": "*"}}}],
         "users": [{"user": {"Uin": 11, "Name": "a"}, "attachedPolicies": [{"PolicyId": 5}]},
                   {"user": {"Uin": 12, "Name": "b"}, "attachedPolicies": [{"PolicyId": 5}]},
                   {"user": {"Uin": 13, "Name": "c"}, "attachedPolicies": [{"PolicyId": 5}]}],
         "roles": [
          {"role": {"RoleId": "1001", "RoleName": "shared", "PolicyDocument": {"version": "2.0", "statement": [
            {"effect": "allow", "action": "sts:AssumeRole", "principal": {"qcs": ["qcs::cam::uin/1:root"]}},
            {"effect": "deny", "action": "sts:AssumeRole", "principal": {"qcs": ["qcs::cam::uin/1:uin/12"]}},
            {"effect": "deny", "action": "sts:AssumeRole", "principal": {"qcs": ["qcs::cam::uin/1:uin/13"]}, "condition": {"ip_not_equal": {"qcs:ip": "10.0.0.0/8"}}}]}}},
          {"role": {"RoleId": "1002", "RoleName": "open", "PolicyDocument": {"version": "2.0", "statement": [
            {"effect": "allow", "action": "sts:AssumeRole", "principal": {"qcs": ["*"]}}]}}}]}
        """

    @Test func denyStatementsRemoveOrNarrowEdges() throws {
        let edges = try TencentCloudImporterTests.importFiles([("t.json", Self.bundle)]).fragment.edges
        let shared = PrincipalID("qcs::cam::uin/1:roleName/shared")
        let callers = edges.filter { $0.to == shared && $0.kind == .assumes }
        #expect(callers.contains { $0.from == "qcs::cam::uin/1:uin/11" && $0.conditions.isEmpty })
        #expect(!callers.contains { $0.from == "qcs::cam::uin/1:uin/12" }, "an unconditional deny removes the edge")
        let narrowed = try #require(callers.first { $0.from == "qcs::cam::uin/1:uin/13" })
        #expect(narrowed.conditions.map(\.operation) == ["not ip_not_equal"])
    }

    @Test func starTrustIsAnyone() throws {
        let edges = try TencentCloudImporterTests.importFiles([("t.json", Self.bundle)]).fragment.edges
        #expect(edges.contains { $0.from == "qcs::cam::anyone" && $0.to == "qcs::cam::uin/1:roleName/open" })
    }

    @Test func theRootAccountIsNotLimitedByPolicies() throws {
        let outcome = try TencentCloudImporterTests.importFiles([("t.json", Self.bundle)])
        let model = try #require(outcome.model as? TencentCloudModel)
        let decision = CAMAuthorizer(model: model).decide(Request(principal: "qcs::cam::uin/1:uin/1", action: "cam:AttachUserPolicy", resource: "*"), sessionPolicies: [])
        #expect(decision.outcome == .allow)
        let user = CAMAuthorizer(model: model).decide(Request(principal: "qcs::cam::uin/1:uin/11", action: "cam:AttachUserPolicy", resource: "*"), sessionPolicies: [])
        #expect(user.outcome == .implicitDeny)
    }
}

/// Escalation techniques that yield any permission become `escalates` edges to the account root.
struct EscalationLinkingTests {
    @Test func attachingPoliciesOnStarEscalatesToTheAccount() throws {
        let edges = try TencentCloudImporterTests.sampleOutcome().fragment.edges
        let lead = PrincipalID("qcs::cam::uin/100000000001:uin/100000000011")
        let escalations = edges.filter { $0.from == lead && $0.to == "qcs::cam::uin/100000000001:uin/100000000001" }
        let kinds = Set(escalations.map(\.kind.description))
        #expect(kinds.contains("escalates(cam-attach-user-policy)"))
        #expect(kinds.contains("escalates(cam-create-policy-version)") == false, "SetDefaultPolicyVersion is not granted")
        #expect(escalations.allSatisfy { $0.reason.contains("cam-operator") && $0.source.line != nil })
        #expect(!edges.contains { $0.from == "qcs::cam::uin/100000000001:uin/100000000012" && $0.kind != .memberOf }, "read-only access escalates nowhere")
        let breakGlass = edges.filter { $0.from == "qcs::cam::uin/100000000001:roleName/ops-admin" }
        #expect(breakGlass.count >= 5, "`*` on `*` allows every technique")
    }
}

/// The same inputs give the same graph, in the same order.
struct TencentCloudDeterminismTests {
    @Test func importingTwiceGivesIdenticalEdgesAndPrincipals() throws {
        let first = try TencentCloudImporterTests.sampleOutcome().fragment
        let second = try TencentCloudImporterTests.sampleOutcome().fragment
        #expect(first.edges == second.edges)
        #expect(first.principals.map(\.id) == second.principals.map(\.id))
        #expect(first.policies.map(\.id) == second.policies.map(\.id))
    }
}
