import Documents
import Foundation
import Testing
@testable import TencentCloud

/// The lowercase grammar: well-formed documents parse with every element located, malformed ones
/// fail with a located error (vectors in `Fixtures/TencentCloud/vectors/malformed-policies.json`).
struct CAMPolicyParserTests {
    @Test func parsesStatementObjectOrListWithLocations() throws {
        let text = """
            {"version": "2.0",
             "statement": [
              {"effect": "allow", "action": ["name/cam:AttachUserPolicy", "cos:*"], "resource": "qcs::cam::uin/1:uin/*"},
              {"effect": "deny", "action": "*", "resource": ["*"], "condition": {"for_any_value:string_like_if_exist": {"qcs:resource_tag": ["env&*"]}}}
             ]}
            """
        let policy = try CAMPolicyParser().parse(try TestFiles.document(text).root())
        #expect(policy.statements.count == 2)
        #expect(policy.statements[0].actions.map(\.pattern) == ["cam:AttachUserPolicy", "cos:*"])
        #expect(policy.statements[0].location.line == 3)
        #expect(policy.statements[1].effect == .deny)
        let clause = try #require(policy.statements[1].conditions.first)
        #expect(clause.base == .stringLike && clause.ifExist && clause.quantifier == .anyValue)
        #expect(clause.location.line == 4)
        let single = try CAMPolicyParser().parse(try TestFiles.document(#"{"version":"2.0","statement":{"effect":"allow","action":"*","resource":"*"}}"#).root())
        #expect(single.statements.count == 1 && single.statements[0].grantsEverything)
    }

    @Test func trustPoliciesTakePrincipalsAndNoResource() throws {
        let text = #"{"version":"2.0","statement":[{"action":"name/sts:AssumeRoleWithWebIdentity","effect":"allow","principal":{"federated":["qcs::cam::uin/1:oidc-provider/github"]},"condition":{"string_equal":{"oidc:aud":"sts.tencentcloudapi.com"}}}]}"#
        let policy = try CAMPolicyParser(isTrustPolicy: true).parse(try TestFiles.document(text).root())
        #expect(policy.statements[0].principals["federated"] == ["qcs::cam::uin/1:oidc-provider/github"])
        #expect(policy.statements[0].resources.isEmpty)
    }

    struct Malformed: Sendable, CustomTestStringConvertible {
        let name, text, code: String
        let line, column: Int
        var testDescription: String { name }
    }

    static let malformed: [Malformed] = {
        guard let root = try? TestFiles.json("vectors/malformed-policies.json"), let cases = root["cases"] as? [[String: Any]] else { return [] }
        return cases.map {
            Malformed(name: $0["name"] as? String ?? "", text: $0["text"] as? String ?? "", code: $0["code"] as? String ?? "",
                      line: $0["line"] as? Int ?? 0, column: $0["column"] as? Int ?? 0)
        }
    }()

    @Test func malformedVectorsExist() { #expect(Self.malformed.count >= 10) }

    @Test(arguments: malformed)
    func malformedDocumentFailsWithLocatedError(_ vector: Malformed) throws {
        let document = try TestFiles.document(vector.text)
        let error = #expect(throws: InputError.self) { try CAMPolicyParser().parse(document.root()) }
        #expect(error?.code == vector.code, "\(error?.description ?? "")")
        #expect(error?.location.line == vector.line && error?.location.column == vector.column, "\(error?.description ?? "")")
    }

    @Test func capitalisedKeySuggestsLowercase() throws {
        let document = try TestFiles.document(#"{"Version":"2.0","statement":[]}"#)
        let error = #expect(throws: InputError.self) { try CAMPolicyParser().parse(document.root()) }
        #expect(error?.suggestion?.contains("`version`") == true)
    }
}
