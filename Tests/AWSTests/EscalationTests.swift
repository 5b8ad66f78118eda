import AccessGraph
import Documents
import Testing
@testable import AWS

/// Escalation edges come from the techniques table, decided over the union of a principal's
/// policies (through boundaries, SCPs and denies), never one policy at a time.
struct EscalationTests {
    @Test func theSampleAccountHasThePlantedPassRolePath() throws {
        let (_, graph, _) = try ImporterTests.load(ImporterTests.sampleFiles)
        let carol = graph.edges(from: "arn:aws:iam::111122223333:user/carol").filter { if case .escalates = $0.kind { true } else { false } }
        let lambda = carol.first { $0.kind == .escalates(technique: "passrole-lambda") }
        #expect(lambda?.to == "arn:aws:iam::111122223333:role/service-role/lambda-admin")
        #expect(lambda?.source.file == "authorization-details.json")
        // carol's own require-mfa deny (a Bool on an unknown key) stays a condition on the path.
        #expect(lambda?.conditions.contains { $0.key == "aws:MultiFactorAuthPresent" } == true)
        // Only the administrator role, besides carol, can pass roles or change IAM.
        let others = graph.edges.filter { if case .escalates = $0.kind { $0.from != "arn:aws:iam::111122223333:user/carol" } else { false } }
        #expect(others.allSatisfy { $0.from == "arn:aws:iam::111122223333:role/service-role/lambda-admin" })
    }

    /// Builds a one-account model from inline documents.
    static func model(_ identities: [(arn: String, policies: [String], trust: String?)], scp: String? = nil) throws -> AWSModel {
        var model = AWSModel()
        for (index, entry) in identities.enumerated() {
            var identity = try EvaluationVectorTests.identity(arn: entry.arn)
            identity.identityPolicies = try entry.policies.enumerated().map { position, text in
                let document = try DocumentReader.parse(Array(text.utf8), file: "p\(index)-\(position).json", syntax: .json)
                return AttachedPolicy(id: "p\(index)-\(position)", name: "p\(index)-\(position)", kind: .identity, document: try PolicyParser.parse(document.root()))
            }
            if let trust = entry.trust {
                let document = try DocumentReader.parse(Array(trust.utf8), file: "t\(index).json", syntax: .json)
                let policy = AttachedPolicy(id: "trust-\(index)", name: "trust", kind: .trust, document: try PolicyParser.parse(document.root()))
                identity.trustPolicy = policy
                model.resourcePolicies.append(ResourcePolicy(resource: ARNPattern(entry.arn), account: identity.account, policy: policy))
            }
            model.identities[identity.id] = identity
        }
        if let scp {
            let document = try DocumentReader.parse(Array(scp.utf8), file: "scp.json", syntax: .json)
            model.serviceControlLevels = [OrganizationLevel(name: "root", accounts: nil, policies: [AttachedPolicy(id: "scp", name: "scp", kind: .serviceControl, document: try PolicyParser.parse(document.root()))])]
        }
        return model
    }

    static let lambdaTrust = #"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}}"#

    @Test func passRoleNeedsEveryActionAcrossPolicies() throws {
        // PassRole in one policy, the Lambda actions in another: together they escalate.
        let split = try Self.model([
            ("arn:aws:iam::111122223333:user/dev", [
                #"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/fn-*"}}"#,
                #"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": ["lambda:CreateFunction", "lambda:InvokeFunction"], "Resource": "arn:aws:lambda:*:111122223333:function:dev-*"}}"#,
            ], nil),
            ("arn:aws:iam::111122223333:role/fn-admin", [#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}"#], Self.lambdaTrust),
            ("arn:aws:iam::111122223333:role/other-admin", [], Self.lambdaTrust),
        ])
        let edges = EscalationEdgeBuilder(model: split, authorizer: AWSAuthorizer(model: split)).edges().filter { $0.from == "arn:aws:iam::111122223333:user/dev" }
        #expect(edges.map(\.to.rawValue) == ["arn:aws:iam::111122223333:role/fn-admin"])
        #expect(edges.first?.kind == .escalates(technique: "passrole-lambda"))
    }

    @Test func passedToServiceAndSCPsAreRespected() throws {
        let wrongService = try Self.model([
            ("arn:aws:iam::111122223333:user/dev", [
                #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*", "Condition": {"StringEquals": {"iam:PassedToService": "ecs-tasks.amazonaws.com"}}}, {"Effect": "Allow", "Action": ["lambda:*"], "Resource": "*"}]}"#,
            ], nil),
            ("arn:aws:iam::111122223333:role/fn-admin", [], Self.lambdaTrust),
        ])
        #expect(EscalationEdgeBuilder(model: wrongService, authorizer: AWSAuthorizer(model: wrongService)).edges().isEmpty)
        let denied = try Self.model([
            ("arn:aws:iam::111122223333:user/dev", [#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}"#], nil),
            ("arn:aws:iam::111122223333:user/victim", [], nil),
        ], scp: #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}, {"Effect": "Deny", "Action": "iam:*", "Resource": "*"}]}"#)
        #expect(EscalationEdgeBuilder(model: denied, authorizer: AWSAuthorizer(model: denied)).edges().isEmpty)
    }

    @Test func iamTechniquesReachUsersGroupsAndSelf() throws {
        let model = try Self.model([
            ("arn:aws:iam::111122223333:user/helpdesk", [#"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": ["iam:CreateAccessKey", "iam:PutUserPolicy"], "Resource": "arn:aws:iam::111122223333:user/*"}}"#], nil),
            ("arn:aws:iam::111122223333:user/admin", [], nil),
        ])
        let edges = EscalationEdgeBuilder(model: model, authorizer: AWSAuthorizer(model: model)).edges()
        #expect(edges.contains { $0.kind == .escalates(technique: "iam-create-access-key") && $0.to == "arn:aws:iam::111122223333:user/admin" })
        #expect(edges.contains { $0.kind == .escalates(technique: "iam-put-user-policy") && $0.to == "arn:aws:iam::111122223333:user/helpdesk" })
        #expect(!edges.contains { $0.from == "arn:aws:iam::111122223333:user/admin" })
    }
}
