/// How a resource-based policy's `Principal` names the requester, which decides what else the
/// request needs within the account (IAM User Guide, "Determining whether a request is allowed
/// or denied within an account"; permissions boundaries and session policies pages).
enum PrincipalGrantKind: Int, Sendable, Comparable {
    /// Names the account (`111122223333`, `arn:aws:iam::111122223333:root`): the account's
    /// identity policies must still allow.
    case account = 0
    /// Names the role ARN, `*`, or matches through `NotPrincipal`: enough without an identity
    /// policy within the account, but still limited by boundaries and session policies.
    case limited = 1
    /// Names the IAM user ARN (or a service or federated principal) directly: enough on its own
    /// within the account, and an implicit deny in a boundary or session policy does not limit it.
    case direct = 2

    static func < (lhs: PrincipalGrantKind, rhs: PrincipalGrantKind) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
