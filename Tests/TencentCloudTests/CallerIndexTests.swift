import AccessGraph
import Documents
import Testing
@testable import TencentCloud

/// The trust linker's caller index never leaves out a caller whose policies allow
/// `sts:AssumeRole` on a role: checked against asking every caller.
struct CallerIndexTests {
    @Test func candidatesIncludeEveryCallerTheAuthorizerAllows() throws {
        let resources = [
            "*", "qcs::cam::uin/1:roleName/ci-*", "qcs::cam::uin/1:roleName/exact", "qcs::cam::*:roleName/x",
            "qcs::cam::uin/1:*", "qcs::cam::uin/2:roleName/ci-deploy", "qcs::cam::uin/1:roleName/c?-deploy",
            "qcs::cam::uin/1:roleName/", "qcs::cam:gz:uin/1:roleName/exact", "qcs::cos::uid/1:roleName/exact",
        ]
        var model = TencentCloudModel()
        var callers: [PrincipalID] = []
        for (index, resource) in resources.enumerated() {
            let text = #"{"version": "2.0", "statement": {"effect": "allow", "action": "sts:AssumeRole", "resource": "\#(resource)"}}"#
            let document = try CAMPolicyParser().parse(try TestFiles.document(text).root())
            let policy = CAMPolicy(id: "p\(index)", name: "p\(index)", kind: .identity, isPreset: false, document: document, provenance: FileLocation(file: "p"))
            let caller = PrincipalID("qcs::cam::uin/1:uin/\(index)")
            model.policies[policy.id] = policy
            model.attachments[caller] = [PolicyAttachment(policyID: policy.id, location: FileLocation(file: "a"))]
            callers.append(caller)
        }
        let authorizer = CAMAuthorizer(model: model)
        let prepared = callers.map { authorizer.prepare(principal: $0, action: "sts:AssumeRole") }
        let index = CallerIndex(prepared)
        let roles = ["ci-deploy", "exact", "x", "ci-", "c1-deploy", "other", ""].map { "qcs::cam::uin/1:roleName/\($0)" }
            + ["qcs::cam::uin/2:roleName/ci-deploy", "qcs::cam:ap-guangzhou:uin/1:roleName/exact"]
        var allowedSomewhere = 0
        for role in roles {
            let name = QCSResourceName(role)
            let candidates = Set(index.candidates(for: name))
            for (position, request) in prepared.enumerated() where request.decide(resource: role, context: RequestContext()).mayBeAllowed {
                allowedSomewhere += 1
                #expect(candidates.contains(position), "\(resources[position]) allows \(role) but the index left it out")
            }
        }
        #expect(allowedSomewhere > 10)
    }
}
