/// One level of an AWS Organizations hierarchy (the root, an OU, or an account) with the SCPs or
/// RCPs attached there. A request must be allowed at every level that applies to its account.
public struct OrganizationLevel: Sendable, Hashable {
    /// How reports name it (`root r-ab12`, `ou-ab12-cdef3456`, `account 111122223333`).
    public var name: String
    /// The accounts it applies to; nil when it applies to every account in the inputs.
    public var accounts: Set<String>?
    /// The policies attached at this level.
    public var policies: [AttachedPolicy]

    /// Makes a level.
    public init(name: String, accounts: Set<String>?, policies: [AttachedPolicy]) {
        self.name = name
        self.accounts = accounts
        self.policies = policies
    }

    /// Whether it applies to an account.
    public func applies(to account: String) -> Bool {
        accounts?.contains(account) ?? true
    }
}
