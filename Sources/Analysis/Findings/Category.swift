/// The fixed vocabulary of finding categories.
public enum Category: String, Sendable, Hashable, CaseIterable, Codable {
    case privilegeEscalation = "privilege-escalation"
    case mfaGap = "mfa-gap"
    case overGrant = "over-grant"
    case publicAccess = "public-access"
    case crossAccountAccess = "cross-account-access"
    case federationTrust = "federation-trust"
    case untrustedTrigger = "untrusted-trigger"
    case unusedAccess = "unused-access"
    case staleCredential = "stale-credential"
    case policyLint = "policy-lint"
    case danglingReference = "dangling-reference"
}
