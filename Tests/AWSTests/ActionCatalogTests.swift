import AccessGraph
import Documents
import Testing
@testable import AWS

/// The generated catalog parses, knows the actions policies use, and the capability table names
/// only actions that exist.
struct ActionCatalogTests {
    let catalog = AWSActionCatalog.shared

    @Test func theCatalogKnowsServicesActionsAndLevels() throws {
        #expect(catalog.actions.count > 15_000)
        #expect(catalog.actions.enumerated().allSatisfy { $0.offset == $0.element.id })
        let get = try #require(catalog.action(named: "S3:getobject"))
        #expect(get.qualifiedName == "s3:GetObject" && get.accessLevel == .read && get.resourceTypes.contains("object"))
        #expect(catalog.action(named: "iam:AttachUserPolicy")?.accessLevel == .permissionsManagement)
        #expect(catalog.action(named: "s3:ListAllMyBuckets")?.resourceTypes == [])
        #expect(catalog.action(named: "ecr:TagResource")?.accessLevel == .tagging)
        #expect(catalog.action(named: "s3:GetObjects") == nil)
    }

    @Test func patternsExpandAndUnknownOnesGetSuggestions() {
        let pattern = ActionPattern("s3:Get*", at: FileLocation(file: "x"))
        #expect(catalog.actions(matching: pattern).contains { $0.name == "GetObject" })
        #expect(!catalog.actions(matching: pattern).contains { $0.name == "PutObject" })
        #expect(catalog.isKnown(ActionPattern("*", at: FileLocation(file: "x"))))
        #expect(catalog.isKnown(ActionPattern("*:GetObject", at: FileLocation(file: "x"))))
        #expect(!catalog.isKnown(ActionPattern("s3:GetObjects", at: FileLocation(file: "x"))))
        #expect(catalog.suggestion(for: "s3:GetObjects") == "s3:GetObject")
        #expect(catalog.suggestion(for: "sss:GetObject") != nil)
    }

    @Test func everyActionInTheCapabilityTableExists() {
        for (capability, actions) in AWSCapabilities.table {
            for action in actions {
                #expect(catalog.action(named: action) != nil, "\(capability.rawValue): \(action) is not an AWS action")
            }
        }
    }

    @Test func capabilitiesOfActionsAndPatterns() throws {
        #expect(AWSCapabilities.capabilities(of: "ecr:putimage") == [.registryPush])
        #expect(AWSCapabilities.capabilities(of: "iam:CreateAccessKey") == [.credentialsCreate])
        #expect(AWSCapabilities.capabilities(of: "rds-data:ExecuteStatement") == [.dataRead, .dataWrite])
        #expect(AWSCapabilities.capabilities(of: "s3:ListBucket").isEmpty)
        let iam = AWSCapabilities.capabilities(of: ActionPattern("iam:*", at: FileLocation(file: "x")))
        #expect(iam.isSuperset(of: [.identityAdmin, .identityAssume, .credentialsCreate]) && !iam.contains(.dataRead))
        let document = try DocumentReader.parse(Array("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}, {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"arn:aws:s3:::b/*\"}]}".utf8), file: "p", syntax: .json)
        let statements = try PolicyParser.parse(document.root()).statements
        #expect(AWSCapabilities.isAdministrator(statements[0]) && !AWSCapabilities.isAdministrator(statements[1]))
    }
}

/// Condition keys are judged only for known service prefixes and `aws:`.
struct ConditionKeyCatalogTests {
    let catalog = AWSActionCatalog.shared

    @Test func knownUnknownAndUnjudgedKeys() {
        #expect(!catalog.isUnknownConditionKey("aws:SourceIp"))
        #expect(!catalog.isUnknownConditionKey("AWS:sourceip"))
        #expect(!catalog.isUnknownConditionKey("aws:PrincipalTag/team"))
        #expect(!catalog.isUnknownConditionKey("s3:prefix"))
        #expect(!catalog.isUnknownConditionKey("s3:ExistingObjectTag/class"))
        #expect(!catalog.isUnknownConditionKey("iam:PassedToService"))
        #expect(!catalog.isUnknownConditionKey("token.actions.githubusercontent.com:sub"))
        #expect(!catalog.isUnknownConditionKey("saml:aud"))
        #expect(catalog.isUnknownConditionKey("aws:SourceIps"))
        #expect(catalog.isUnknownConditionKey("s3:prefixes"))
        #expect(catalog.conditionKeySuggestion(for: "aws:SourceIps") == "aws:SourceIp")
    }
}
