import AccessGraph
import Documents
import Foundation
import Testing
@testable import TencentCloud

/// Runs the CAM evaluation vectors in `Fixtures/TencentCloud/vectors/cam-evaluation.json`.
struct CAMEvaluationVectorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let raw: [String: any Sendable]
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        guard let root = try? TestFiles.json("vectors/cam-evaluation.json"), let cases = root["cases"] as? [[String: Any]] else { return [] }
        return cases.map { Case(name: $0["name"] as? String ?? "?", raw: $0.mapValues { Self.sendable($0) }) }
    }()

    static func sendable(_ value: Any) -> any Sendable {
        (try? TestFiles.text(value)) ?? ""
    }

    @Test func vectorsArePresentAndNameTheirSource() throws {
        let root = try TestFiles.json("vectors/cam-evaluation.json")
        #expect((root["source"] as? String)?.contains("tencentcloud.com") == true)
        #expect(Self.cases.count >= 15)
    }

    static func policy(_ text: String, id: String, kind: PolicyKind) throws -> CAMPolicy {
        let document = try TestFiles.document(text, file: "\(id).json")
        let parsed = try CAMPolicyParser().parse(document.root())
        return CAMPolicy(id: id, name: id, kind: kind, isPreset: false, document: parsed, provenance: FileLocation(file: "\(id).json"))
    }

    @Test(arguments: cases)
    func vector(_ vector: Case) throws {
        let principal = PrincipalID("qcs::cam::uin/100000000001:uin/100000000011")
        var model = TencentCloudModel()
        let identity = try #require(try JSONSerialization.jsonObject(with: Data((vector.raw["identity"] as? String ?? "[]").utf8)) as? [Any])
        for (index, document) in identity.enumerated() {
            let policy = try Self.policy(try TestFiles.text(document), id: "identity-\(index)", kind: .identity)
            model.policies[policy.id] = policy
            model.attachments[principal, default: []].append(PolicyAttachment(policyID: policy.id, location: FileLocation(file: "attachments")))
        }
        if let boundaryText = vector.raw["boundary"] as? String {
            let policy = try Self.policy(boundaryText, id: "boundary", kind: .boundary)
            model.policies[policy.id] = policy
            model.boundaries[principal] = PolicyAttachment(policyID: policy.id, location: FileLocation(file: "attachments"))
        }
        var session: [CAMPolicy] = []
        if let sessionText = vector.raw["session"] as? String {
            session.append(try Self.policy(sessionText, id: "session", kind: .session))
        }
        let authorizer = CAMAuthorizer(model: model)
        let requests = try #require(try JSONSerialization.jsonObject(with: Data((vector.raw["requests"] as? String ?? "[]").utf8)) as? [[String: Any]])
        for request in requests {
            let context = RequestContext(
                values: request["context"] as? [String: [String]] ?? [:],
                isComplete: request["complete"] as? Bool ?? false)
            let decision = authorizer.decide(
                Request(principal: principal, action: request["action"] as? String ?? "", resource: request["resource"] as? String ?? "", context: context),
                sessionPolicies: session)
            #expect(decision.outcome.word == request["expect"] as? String, "\(request["action"] ?? "") on \(request["resource"] ?? "") \(request["context"] ?? ""): \(decision.reasons.map(\.detail))")
            #expect(!decision.reasons.isEmpty)
        }
    }

    @Test func conditionalAllowCarriesTheUndecidedConditionWithItsLocation() throws {
        let principal = PrincipalID("qcs::cam::uin/1:uin/2")
        let text = """
            {"version": "2.0", "statement": [{"effect": "allow", "action": "cos:*", "resource": "*",
              "condition": {"ip_equal": {"qcs:ip": "10.0.0.0/8"}}}]}
            """
        var model = TencentCloudModel()
        let policy = try Self.policy(text, id: "p", kind: .identity)
        model.policies["p"] = policy
        model.attachments[principal] = [PolicyAttachment(policyID: "p", location: FileLocation(file: "a"))]
        let decision = CAMAuthorizer(model: model).decide(Request(principal: principal, action: "cos:GetObject", resource: "*"), sessionPolicies: [])
        let condition = try #require(decision.conditions.first)
        #expect(condition.key == "qcs:ip" && condition.operation == "ip_equal" && condition.values == ["10.0.0.0/8"])
        #expect(condition.location?.line == 2)
        #expect(decision.reasons.first?.location?.line == 1)
    }
}

/// A permission boundary the inputs do not hold: allows become conditional on it, never plain.
struct UnreadableBoundaryTests {
    @Test func allowsBecomeConditionalOnTheMissingBoundary() throws {
        let principal = PrincipalID("qcs::cam::uin/1:uin/2")
        var model = TencentCloudModel()
        let policy = try CAMEvaluationVectorTests.policy(#"{"version": "2.0", "statement": {"effect": "allow", "action": "cos:*", "resource": "*"}}"#, id: "p", kind: .identity)
        model.policies["p"] = policy
        model.attachments[principal] = [PolicyAttachment(policyID: "p", location: FileLocation(file: "a"))]
        model.boundaries[principal] = PolicyAttachment(policyID: "missing", location: FileLocation(file: "b"))
        let authorizer = CAMAuthorizer(model: model)
        let allowed = authorizer.decide(Request(principal: principal, action: "cos:GetObject", resource: "*"), sessionPolicies: [])
        #expect(allowed.conditions.map(\.operation) == ["permission boundary allows"])
        let denied = authorizer.decide(Request(principal: principal, action: "cvm:RunInstances", resource: "*"), sessionPolicies: [])
        #expect(denied.outcome == .implicitDeny)
    }
}
