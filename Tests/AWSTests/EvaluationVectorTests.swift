import AccessGraph
import Documents
import Testing
@testable import AWS

/// Runs the evaluation-logic vectors (`vectors/evaluation-*.json`): a caller with its policies,
/// resource policies, SCP and RCP levels, a request, and the expected decision (and, for a
/// conditional allow, its conditions).
struct EvaluationVectorTests {
    @Test func everyEvaluationVectorHolds() throws {
        let files = try VectorFiles.cases(prefix: "evaluation-")
        #expect(!files.isEmpty)
        var count = 0
        for (source, cases) in files {
            for testCase in cases {
                let name = try testCase.requiredField("name").string()
                let (authorizer, request, sessionPolicies) = try Self.scenario(testCase)
                let decision = authorizer.decide(request, sessionPolicies: sessionPolicies)
                let expected = try testCase.requiredField("expect").string()
                #expect(decision.outcome.word == expected, "\(source): \(name): \(decision.reasons.map(\.detail))")
                if let conditions = try testCase.field("conditions") {
                    let wanted = Set(try conditions.elements().map { try $0.string() })
                    #expect(Set(decision.conditions.map(\.description)) == wanted, "\(source): \(name)")
                }
                if let reasonLine = try testCase.field("reasonLine") {
                    #expect(decision.reasons.contains { $0.location?.line == (try? reasonLine.int()) }, "\(source): \(name): \(decision.reasons.map { $0.location?.description ?? "-" })")
                }
                count += 1
            }
        }
        #expect(count >= 25)
    }

    /// Builds the authorizer and request a case describes.
    static func scenario(_ testCase: Cursor) throws -> (AWSAuthorizer, Request, [AttachedPolicy]) {
        func policies(_ key: String, kind: PolicyKind) throws -> [AttachedPolicy] {
            guard let list = try testCase.field(key) else { return [] }
            return try list.elements().enumerated().map { index, element in
                AttachedPolicy(id: "\(key)-\(index)", name: "\(key)-\(index)", kind: kind, document: try PolicyParser.parse(element))
            }
        }
        let callerNode = try testCase.requiredField("caller")
        let arn = try callerNode.requiredField("arn").string()
        var model = AWSModel()
        var caller = try Self.identity(arn: arn)
        caller.uniqueID = try callerNode.field("id")?.string()
        if let tags = try callerNode.field("tags") {
            for (key, value) in try tags.entries() { caller.tags[key] = try value.string() }
        }
        caller.identityPolicies = try policies("identity", kind: .identity)
        caller.boundary = try policies("boundary", kind: .boundary).first
        model.identities[caller.id] = caller
        if let resources = try testCase.field("resourcePolicies") {
            for (index, element) in try resources.elements().enumerated() {
                let document = try PolicyParser.parse(try element.requiredField("policy"))
                model.resourcePolicies.append(ResourcePolicy(
                    resource: ARNPattern(try element.requiredField("resource").string()),
                    account: try element.field("account")?.string(),
                    policy: AttachedPolicy(
                        id: "resource-\(index)", name: "resource-\(index)",
                        kind: try element.field("kind")?.string() == "trust" ? .trust : .resource, document: document)))
            }
        }
        for (key, kind) in [("scp", PolicyKind.serviceControl), ("rcp", .resourceControl)] {
            guard let levels = try testCase.field(key) else { continue }
            for (index, level) in try levels.elements().enumerated() {
                let attached = try level.elements().enumerated().map { position, element in
                    AttachedPolicy(id: "\(key)-\(index)-\(position)", name: "\(key)-\(index)-\(position)", kind: kind, document: try PolicyParser.parse(element))
                }
                let organizationLevel = OrganizationLevel(name: "level \(index)", accounts: nil, policies: attached)
                if kind == .serviceControl { model.serviceControlLevels.append(organizationLevel) } else { model.resourceControlLevels.append(organizationLevel) }
            }
        }
        let requestNode = try testCase.requiredField("request")
        var values: [String: [String]] = [:]
        if let context = try requestNode.field("context") {
            for (key, value) in try context.entries() { values[key] = try value.oneOrMany().map { try $0.scalarText() } }
        }
        let request = Request(
            principal: caller.id, action: try requestNode.requiredField("action").string(),
            resource: try requestNode.requiredField("resource").string(),
            context: RequestContext(values: values, isComplete: try requestNode.field("complete")?.bool() ?? false))
        return (AWSAuthorizer(model: model), request, try policies("session", kind: .session))
    }

    /// A user, role or service identity from its id.
    static func identity(arn: String) throws -> IAMIdentity {
        if arn.hasPrefix("service:") {
            let name = String(arn.dropFirst("service:".count))
            return IAMIdentity(id: PrincipalID(arn), kind: .service, account: "", name: name)
        }
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        let account = String(parts[4])
        let resource = parts[5]
        let kind: PrincipalKind = resource.hasPrefix("user/") ? .user : resource.hasPrefix("role/") ? .role : .federated
        let name = String(resource.split(separator: "/").last ?? resource)
        return IAMIdentity(id: PrincipalID(arn), kind: kind, account: account, name: name)
    }
}
