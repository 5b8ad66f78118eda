import Documents
import Testing
@testable import Analysis

struct FindingTests {
    func finding(severity: Severity = .high, file: String = "a.json", line: Int? = 3, check: String = "LP0100", principal: String? = "p", anchor: String = "s") -> Finding {
        Finding(
            checkID: check, checkSlug: "slug", category: .policyLint, severity: severity, title: "t", message: "m",
            principal: principal, resource: "r",
            locations: [FileLocation(file: file, pointer: ["Statement", "0"], position: line.map { SourceLocation(line: $0, column: 1) })],
            remediation: "fix", anchor: anchor)
    }

    @Test func fingerprintIgnoresLinesAndMessages() {
        var moved = finding(line: 40)
        moved.message = "another wording"
        #expect(finding().fingerprint == moved.fingerprint)
        #expect(finding().fingerprint != finding(anchor: "other").fingerprint)
        #expect(finding().fingerprint != finding(principal: "q").fingerprint)
        #expect(finding().fingerprint.count == 64)
    }

    @Test func reportOrderIsSeverityFileLineCheckPrincipal() {
        let findings = [
            finding(severity: .low),
            finding(file: "b.json"),
            finding(line: 1),
            finding(check: "LP0001"),
            finding(principal: "a"),
            finding(severity: .critical, file: "z.json"),
        ]
        let sorted = findings.sorted(by: Finding.reportOrder)
        #expect(sorted.map(\.severity) == [.critical, .high, .high, .high, .high, .low])
        #expect(sorted[1].primaryLocation?.line == 1)
        #expect(sorted[2].checkID == "LP0001")
        #expect(sorted[3].principal == "a")
        #expect(sorted[4].primaryLocation?.file == "b.json")
        #expect(sorted[5].severity == .low)
    }

    @Test func severityThresholds() {
        #expect(Severity.critical.isAtLeast(.high))
        #expect(Severity.high.isAtLeast(.high))
        #expect(!Severity.medium.isAtLeast(.high))
        #expect(Severity.info.isAtLeast(.info))
    }

    /// FIPS 180-4 / NIST example vectors.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256MatchesTheStandardVectors(_ message: String, _ digest: String) {
        #expect(SHA256.hexDigest(of: Array(message.utf8)) == digest)
    }

    @Test func sha256OfAMillionAs() {
        #expect(SHA256.hexDigest(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
