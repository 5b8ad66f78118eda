import AccessGraph
import Testing
@testable import TencentCloud

/// The capability table and the escalation techniques.
struct CAMCapabilitiesTests {
    @Test func actionsMapToTheDesignVocabulary() {
        #expect(CAMCapabilities.capabilities(ofAction: "cam:AttachUserPolicy") == [.identityAdmin])
        #expect(CAMCapabilities.capabilities(ofAction: "name/CAM:attachuserpolicy") == [.identityAdmin])
        #expect(CAMCapabilities.capabilities(ofAction: "sts:AssumeRole") == [.identityAssume])
        #expect(CAMCapabilities.capabilities(ofAction: "cam:CreateAccessKey") == [.credentialsCreate])
        #expect(CAMCapabilities.capabilities(ofAction: "tcr:PushRepository") == [.registryPush])
        #expect(CAMCapabilities.capabilities(ofAction: "tcr:ModifyNamespace") == [.registryAdmin])
        #expect(CAMCapabilities.capabilities(ofAction: "tcr:CreateInstanceToken") == [.credentialsCreate])
        #expect(CAMCapabilities.capabilities(ofAction: "cloudaudit:StopLogging") == [.auditTamper])
        #expect(CAMCapabilities.capabilities(ofAction: "cvm:DescribeInstances").isEmpty)
    }

    @Test func patternsGiveTheUnionOfWhatTheyMatch() {
        #expect(CAMCapabilities.capabilities(ofPattern: CAMActionPattern("*")).contains(.admin))
        let cam = CAMCapabilities.capabilities(ofPattern: CAMActionPattern("cam:*"))
        #expect(cam.contains(.identityAdmin) && cam.contains(.credentialsCreate) && !cam.contains(.admin))
        #expect(CAMCapabilities.capabilities(ofPattern: CAMActionPattern("tcr:Push*")) == [.registryPush])
        #expect(CAMCapabilities.capabilities(ofPattern: CAMActionPattern("cvm:Describe*")).isEmpty)
    }

    @Test func everyTableActionIsWellFormedAndListedOnce() {
        let names = CAMCapabilities.table.map { $0.action.lowercased() }
        #expect(Set(names).count == names.count)
        #expect(CAMCapabilities.table.allSatisfy { CAMActionPattern.isValid($0.action) && !$0.capabilities.isEmpty })
    }

    @Test func escalationTechniquesUseKnownActionsAndUniqueIds() {
        let ids = CAMEscalationTechniques.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for technique in CAMEscalationTechniques.all {
            #expect(technique.actions.allSatisfy(CAMActionPattern.isValid), "\(technique.id)")
        }
        #expect(ids.contains("tke-acquire-cluster-admin") && ids.contains("cam-update-trust-policy"))
    }
}
