import Documents
import Testing
@testable import AWS

/// Malformed policies are refused with a located error and a stable code; good ones keep every
/// element with its location.
struct PolicyParserTests {
    static func parse(_ text: String) throws(InputError) -> PolicyDocument {
        let document = try DocumentReader.parse(Array(text.utf8), file: "p.json", syntax: .yaml)
        return try PolicyParser.parse(document.root())
    }

    static func error(_ text: String) -> InputError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("{\"Version\": \"2012-10-17\", \"Statment\": []}", "aws.policy.unknown-element", "did you mean `Statement`?", 1),
        ("{\"Statement\": [{\"Effect\": \"Allow\",\n \"Action\": \"s3:*\", \"NotAction\": \"iam:*\", \"Resource\": \"*\"}]}", "aws.policy.conflict", nil, 2),
        ("{\"Statement\": {\"Action\": \"s3:*\", \"Resource\": \"*\"}}", "input.missing-key", nil, 1),
        ("{\"Statement\": {\"Effect\": \"allow\", \"Action\": \"s3:*\"}}", "aws.policy.effect", nil, 1),
        ("{\"Statement\": {\"Effect\": \"Allow\", \"Resource\": \"*\"}}", "aws.policy.missing", nil, 1),
        ("{\"Version\": \"2012-10-18\", \"Statement\": []}", "aws.policy.version", nil, 1),
        ("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\",\n\n \"Condition\": {\"StringEqual\": {\"a\": \"b\"}}}}", "aws.policy.condition-operator", "did you mean `StringEquals`?", 3),
        ("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Principal\": \"arn:aws:iam::1:root\"}}", "aws.policy.principal", nil, 1),
        ("{\"Statement\": {\"Effect\": \"Allow\", \"Effect\": \"Deny\", \"Action\": \"*\"}}", "input.duplicate-key", nil, 1),
        ("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": [], \"Resource\": \"*\"}}", "aws.policy.empty", nil, 1),
    ] as [(String, String, String?, Int)])
    func malformedPoliciesAreLocatedErrors(_ text: String, _ code: String, _ suggestion: String?, _ line: Int) {
        let found = Self.error(text)
        #expect(found?.code == code, "\(found?.description ?? "no error")")
        #expect(found?.location.line == line)
        if let suggestion { #expect(found?.suggestion == suggestion) }
    }

    @Test func elementsKeepTheirLocations() throws {
        let document = try Self.parse("""
            {"Version": "2012-10-17",
             "Statement": [
              {"Sid": "Read", "Effect": "Allow",
               "Action": ["s3:GetObject", "s3:List*"],
               "Resource": "arn:aws:s3:::b/*",
               "Condition": {"ForAnyValue:StringLikeIfExists": {"aws:TagKeys": ["a*", 7]}}},
              {"Effect": "Deny", "NotPrincipal": {"AWS": ["arn:aws:iam::111122223333:root"], "Service": "ec2.amazonaws.com"},
               "NotAction": "iam:*", "NotResource": "*"}
             ]}
            """)
        #expect(document.version == .current)
        #expect(document.statements.count == 2)
        let read = document.statements[0]
        #expect(read.sid == "Read" && read.effect == .allow)
        #expect(read.actions.patterns.map(\.written) == ["s3:GetObject", "s3:List*"])
        #expect(read.actions.patterns[1].location.line == 4)
        #expect(read.resources?.patterns.first?.location.line == 5)
        let clause = try #require(read.conditions.first)
        #expect(clause.operation == ConditionOperator(base: .stringLike, qualifier: .forAnyValue, ifExists: true))
        #expect(clause.values == ["a*", "7"])
        #expect(clause.location.line == 6)
        let deny = document.statements[1]
        #expect(deny.principals?.isNegated == true)
        #expect(deny.principals?.patterns.map(\.kind) == [.aws, .service])
        #expect(deny.principals?.patterns.first?.wholeAccount == "111122223333")
        #expect(deny.actions.isNegated && deny.resources?.isNegated == true)
        #expect(deny.location.line == 7)
    }

    @Test func aStatementObjectIsOneStatementAndVersionMayBeAbsent() throws {
        let document = try Self.parse("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}")
        #expect(document.version == .absent && !document.version.substitutesVariables)
        #expect(document.statements.count == 1)
    }

    @Test func arnPatternsMatchPerSegment() {
        #expect(ARNPattern("*").matches("anything"))
        #expect(ARNPattern("arn:aws:s3:::*").matches("arn:aws:s3:::b/k:with:colons"))
        #expect(!ARNPattern("arn:aws:iam::*").matches("arn:aws:iam::1:role/x"))
        #expect(ARNPattern("arn:aws:iam::*:role/*").matches("arn:aws:iam::1:role/x"))
        #expect(!ARNPattern("arn:aws:iam::*:role/*").matches("arn:aws:iam::1:user/x"))
        #expect(!ARNPattern("arn:aws:iam::1*role/x").matches("arn:aws:iam::1:role/x"))
    }
}
