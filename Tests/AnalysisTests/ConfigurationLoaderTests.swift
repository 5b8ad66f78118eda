import Documents
import Testing
@testable import Analysis

struct ConfigurationLoaderTests {
    let loader = ConfigurationLoader(knownChecks: [("LP0001", "expired-suppression"), ("LP0204", "oidc-trust-without-subject")])

    func parse(_ text: String) throws -> Configuration {
        try loader.parse(Array(text.utf8), file: ".leastpriv.yml")
    }

    func error(_ text: String) -> InputError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error as? InputError
        }
    }

    @Test func readsEveryKey() throws {
        let configuration = try parse("""
            inputs: [exports/, .github/workflows]
            fail-on: medium
            checks:
              enable: [LP0001, oidc-trust-without-subject]
              disable: [LP0204]
            principals:
              human: ["arn:aws:iam::*:user/*"]
              machine: ["arn:aws:iam::*:user/ci-*"]
            sensitive-resources:
              - resource: "arn:aws:ecr:*:*:repository/prod/*"
                reason: production registry
            suppressions:
              - check: LP0204
                principal: "arn:aws:iam::111122223333:role/legacy-*"
                reason: migration tracked in SEC-42
                expires: 2027-03-31
            repositories:
              "ci/.github/workflows/*": acme/api
            limits:
              max-depth: 64
              max-file-size: 1000
            """)
        #expect(configuration.inputs == ["exports/", ".github/workflows"])
        #expect(configuration.failOn == .medium)
        #expect(configuration.enabledChecks == ["LP0001", "oidc-trust-without-subject"])
        #expect(configuration.disabledChecks == ["LP0204"])
        #expect(configuration.humanPrincipals == ["arn:aws:iam::*:user/*"])
        #expect(configuration.machinePrincipals == ["arn:aws:iam::*:user/ci-*"])
        #expect(configuration.sensitiveResources == [SensitiveResource(pattern: "arn:aws:ecr:*:*:repository/prod/*", reason: "production registry")])
        #expect(configuration.suppressions.count == 1)
        let suppression = try #require(configuration.suppressions.first)
        #expect(suppression.check == "LP0204")
        #expect(suppression.expires == "2027-03-31")
        #expect(suppression.location.line == 16)
        #expect(configuration.repositories == ["ci/.github/workflows/*": "acme/api"])
        #expect(configuration.limits.maximumDepth == 64)
        #expect(configuration.limits.maximumFileSize == 1000)
        #expect(configuration.limits.maximumDocuments == DocumentLimits.default.maximumDocuments)
    }

    @Test func emptyFileIsTheDefaults() throws {
        #expect(try parse("") == Configuration(file: ".leastpriv.yml"))
        #expect(try parse("# nothing yet\n") == Configuration(file: ".leastpriv.yml"))
    }

    @Test func unknownKeySuggestsTheNearOne() throws {
        let found = try #require(error("fail_on: high\n"))
        #expect(found.code == "config.unknown-key")
        #expect(found.message == "unknown key `fail_on`")
        #expect(found.suggestion == "did you mean `fail-on`?")
        #expect(found.location.line == 1)
    }

    @Test func unknownCheckSuggestsTheNearOne() throws {
        let found = try #require(error("checks:\n  disable: [LP0002]\n"))
        #expect(found.code == "config.unknown-check")
        #expect(found.suggestion == "did you mean `LP0001`?")
        #expect(found.location.line == 2)
    }

    @Test(arguments: [
        ("suppressions:\n  - check: LP0001\n", "config.missing-key"),
        ("suppressions:\n  - check: LP0001\n    reason: \"  \"\n", "config.missing-key"),
        ("suppressions:\n  - reason: x\n", "config.missing-key"),
        ("suppressions:\n  - check: LP0001\n    reason: x\n    expires: 2027-02-30\n", "config.value"),
        ("suppressions:\n  - check: LP0001\n    reason: x\n    expires: tomorrow\n", "config.value"),
        ("fail-on: severe\n", "config.value"),
        ("repositories:\n  x: justaname\n", "config.value"),
        ("limits:\n  max-depth: 0\n", "config.value"),
        ("inputs: exports\n", "input.type"),
        ("fail-on: high\nfail-on: low\n", "input.duplicate-key"),
    ])
    func refusesBadValues(_ text: String, _ code: String) {
        #expect(error(text)?.code == code, "\(text)")
    }

    @Test func leapDaysAreDates() throws {
        #expect(CalendarDate("2028-02-29") != nil)
        #expect(CalendarDate("2027-02-29") == nil)
        #expect(CalendarDate("2100-02-29") == nil)
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("2027-13-01") == nil)
        #expect(CalendarDate("27-01-01") == nil)
    }
}
