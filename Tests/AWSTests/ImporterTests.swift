import AccessGraph
import Documents
import Foundation
import Testing
@testable import AWS

/// The importer reads the sample account and the fixtures by content, joins files, and reports
/// bad documents with their location without hiding the good ones.
struct ImporterTests {
    static let samples = VectorFiles.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("policy-samples/aws")

    /// Reads files and imports every one the importer recognises.
    static func load(_ urls: [URL]) throws -> (outcome: ImportOutcome, graph: PermissionGraph, unrecognised: [String]) {
        let importer = AWSImporter()
        var recognised: [RecognisedDocument] = []
        var unrecognised: [String] = []
        for url in urls {
            let syntax = DocumentReader.syntax(forFileName: url.lastPathComponent) ?? .json
            let document = try DocumentReader.parse(Array(try Data(contentsOf: url)), file: url.lastPathComponent, syntax: syntax)
            if let format = importer.recognise(document) {
                recognised.append(RecognisedDocument(document: document, format: format))
            } else {
                unrecognised.append(url.lastPathComponent)
            }
        }
        let outcome = importer.importDocuments(recognised)
        var graph = PermissionGraph()
        graph.merge(outcome.fragment)
        if let authorizer = outcome.authorizer { graph.install(authorizer) }
        return (outcome, graph, unrecognised)
    }

    static var sampleFiles: [URL] {
        (try? FileManager.default.contentsOfDirectory(at: samples, includingPropertiesForKeys: nil))?.filter { $0.pathExtension == "json" || $0.pathExtension == "csv" }.sorted { $0.path < $1.path } ?? []
    }

    @Test func theSampleAccountImportsWithoutErrors() throws {
        let (outcome, graph, unrecognised) = try Self.load(Self.sampleFiles)
        #expect(unrecognised.isEmpty)
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
        #expect(outcome.warnings.isEmpty, "\(outcome.warnings)")
        let alice = try graph.resolvePrincipal("alice").get()
        #expect(alice.id == "arn:aws:iam::111122223333:user/alice")
        #expect(alice.human == .human && alice.mfa.status == .enrolled)
        let bob = try graph.resolvePrincipal("user/bob").get()
        #expect(bob.mfa.status == .none && bob.credentials.contains { $0.kind == .accessKey && $0.isActive })
        let bot = try graph.resolvePrincipal("ci-bot").get()
        #expect(bot.human == .machine)
        #expect((try? graph.resolvePrincipal("role/deploy").get())?.kind == .role)
        #expect((try? graph.resolvePrincipal("instance-profile/deploy-host").get())?.id == "arn:aws:iam::111122223333:role/deploy")
        #expect(graph.principals["service:lambda.amazonaws.com"]?.kind == .service)
        #expect(graph.principals["arn:aws:iam::111122223333:root"]?.mfa.status == .enrolled)
        // memberOf, assumes (with the trust's MFA condition kept) and federates edges.
        #expect(graph.edges(from: alice.id).contains { $0.kind == .memberOf && $0.to == "arn:aws:iam::111122223333:group/developers" })
        let assume = graph.edges(from: alice.id).first { $0.kind == .assumes && $0.to == "arn:aws:iam::111122223333:role/deploy" }
        #expect(assume?.conditions.map(\.description) == ["Bool aws:MultiFactorAuthPresent true", "not Bool aws:MultiFactorAuthPresent false"])
        #expect(!graph.edges(from: bot.id).contains { $0.kind == .assumes }, "ci-bot's policies do not allow sts:AssumeRole")
        let federation = graph.edges(from: "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com")
        #expect(federation.first?.kind == .federates)
        #expect(Set(federation.first?.conditions.map(\.key) ?? []) == ["token.actions.githubusercontent.com:aud", "token.actions.githubusercontent.com:sub"])
        #expect(graph.edges(from: "service:lambda.amazonaws.com").first?.to == "arn:aws:iam::111122223333:role/service-role/lambda-admin")
        // All versions kept, only the default in force.
        let model = try #require(outcome.model as? AWSModel)
        #expect(model.managedPolicyVersions["arn:aws:iam::111122223333:policy/developer-access"]?.map(\.id) == ["v2", "v1"])
        let authorizer = try #require(outcome.authorizer as? AWSAuthorizer)
        let wide = authorizer.decide(Request(principal: alice.id, action: "s3:DeleteBucket", resource: "arn:aws:s3:::acme-artifacts", context: RequestContext(values: ["aws:MultiFactorAuthPresent": ["true"]], isComplete: true)))
        #expect(wide.outcome == .implicitDeny, "v1 (s3:*) is not the default version")
    }

    @Test func samplesDecideAsDocumented() throws {
        let (outcome, _, _) = try Self.load(Self.sampleFiles)
        let authorizer = try #require(outcome.authorizer as? AWSAuthorizer)
        func decide(_ who: String, _ action: String, _ resource: String, _ context: [String: [String]] = [:], complete: Bool = false) -> Decision {
            authorizer.decide(Request(principal: PrincipalID(who), action: action, resource: resource, context: RequestContext(values: context, isComplete: complete)))
        }
        let alice = "arn:aws:iam::111122223333:user/alice"
        #expect(decide(alice, "s3:GetObject", "arn:aws:s3:::acme-home/alice/notes", ["aws:MultiFactorAuthPresent": ["true"]]).outcome == .allow)
        #expect(decide(alice, "s3:GetObject", "arn:aws:s3:::acme-home/bob/notes", ["aws:MultiFactorAuthPresent": ["true"]]).outcome == .implicitDeny)
        #expect(decide(alice, "s3:GetObject", "arn:aws:s3:::acme-artifacts/a", ["aws:MultiFactorAuthPresent": ["false"]]).outcome == .explicitDeny)
        let bot = "arn:aws:iam::111122223333:user/machines/ci-bot"
        #expect(decide(bot, "s3:PutObject", "arn:aws:s3:::acme-artifacts/a", ["aws:SourceIp": ["2001:db8:ac::7"]]).outcome == .allow)
        #expect(decide(bot, "s3:PutObject", "arn:aws:s3:::acme-artifacts/a").conditions.map(\.key) == ["aws:SourceIp"])
        let admin = "arn:aws:iam::111122223333:role/service-role/lambda-admin"
        let stop = decide(admin, "cloudtrail:StopLogging", "arn:aws:cloudtrail:us-east-1:111122223333:trail/main")
        #expect(stop.outcome == .explicitDeny && stop.reasons.first?.location?.file == "scp-protect-audit.json")
        // The repository policy lets anyone pull, and the role push; nobody else may push.
        let repository = "arn:aws:ecr:us-east-1:111122223333:repository/prod/api"
        #expect(decide("arn:aws:iam::111122223333:role/github-actions-publish", "ecr:PutImage", repository).outcome == .allow)
        let pull = decide("arn:aws:iam::111122223333:user/bob", "ecr:BatchGetImage", repository)
        #expect(pull.conditions.map(\.description) == ["not Bool aws:MultiFactorAuthPresent false"])
        #expect(decide("arn:aws:iam::111122223333:user/machines/ci-bot", "ecr:PutImage", repository).outcome == .implicitDeny)
    }

    @Test func urlEncodedDocumentsCrossAccountTrustAndMissingPolicies() throws {
        let (outcome, graph, _) = try Self.load([VectorFiles.fixtures.appendingPathComponent("import/minimal-export.json")])
        #expect(outcome.failures.isEmpty)
        #expect(outcome.warnings.map(\.code) == ["aws.policy.not-in-inputs"])
        #expect(outcome.warnings.first?.location.line == 5)
        // erin (account 444455556666) may assume `cross` in 111122223333: both sides allow, MFA kept.
        let edge = graph.edges(from: "arn:aws:iam::444455556666:user/erin").first { $0.kind == .assumes }
        #expect(edge?.to == "arn:aws:iam::111122223333:role/cross")
        #expect(edge?.conditions.map(\.description) == ["Bool aws:MultiFactorAuthPresent true"])
        let model = try #require(outcome.model as? AWSModel)
        let encoded = try #require(model.documents.first { $0.name == "encoded" })
        #expect(encoded.document.statements.first?.location.pointer.description == "/UserDetailList/0/UserPolicyList/0/PolicyDocument/Statement")
    }

    @Test func aBadDocumentFailsAloneWithItsLocation() throws {
        let (outcome, graph, _) = try Self.load(Self.sampleFiles + [VectorFiles.fixtures.appendingPathComponent("import/broken-export.json")])
        #expect(outcome.failures.count == 1)
        let failure = try #require(outcome.failures.first)
        #expect(failure.code == "aws.policy.conflict")
        #expect(failure.location.file == "broken-export.json" && failure.location.line == 4)
        #expect(graph.principals["arn:aws:iam::111122223333:user/dave"] == nil)
        #expect(graph.principals["arn:aws:iam::111122223333:user/alice"] != nil)
    }

    @Test func recognitionIsByContent() throws {
        let importer = AWSImporter()
        func format(_ text: String, _ syntax: DocumentSyntax = .json) throws -> String? {
            importer.recognise(try DocumentReader.parse(Array(text.utf8), file: "x", syntax: syntax))?.id
        }
        #expect(try format("{\"Statement\": []}") == "aws.policy")
        #expect(try format("{\"RoleDetailList\": []}") == "aws.authorization-details")
        #expect(try format("{\"Policy\": \"{}\"}") == "aws.s3-bucket-policy")
        #expect(try format("{\"Policy\": {\"Content\": \"{}\"}}") == "aws.organizations-policy")
        #expect(try format("{\"registryId\": \"1\", \"repositoryName\": \"r\", \"policyText\": \"{}\"}") == "aws.ecr-repository-policy")
        #expect(try format("{\"OpenIDConnectProviderList\": []}") == "aws.oidc-providers")
        #expect(try format("user,arn,mfa_active,password_enabled\n", .csv) == nil)
        #expect(try format("user,arn,mfa_active,password_enabled\na,arn:aws:iam::1:user/a,false,true\n", .csv) == "aws.credential-report")
        #expect(try format("{\"apiVersion\": \"v1\", \"kind\": \"List\"}") == nil)
    }

    @Test func standalonePolicyKindsAreDecidedByContent() throws {
        func kind(_ text: String) throws -> PolicyKind {
            let document = try DocumentReader.parse(Array(text.utf8), file: "x", syntax: .json)
            return StandaloneDocuments.kind(of: try PolicyParser.parse(document.root()))
        }
        #expect(try kind("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}}") == .identity)
        #expect(try kind("{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"ec2.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}}") == .trust)
        #expect(try kind("{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/*\"}}") == .resource)
    }
}
