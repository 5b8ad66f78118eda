import Documents

/// One entry of a `Principal` element: its type (`AWS`, `Service`, `Federated`, `CanonicalUser`,
/// or `*` for the bare `"Principal": "*"`) and value.
public struct PrincipalPattern: Sendable, Hashable {
    /// The principal types IAM knows.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case everyone = "*"
        case aws = "AWS"
        case service = "Service"
        case federated = "Federated"
        case canonicalUser = "CanonicalUser"
    }

    /// The type.
    public var kind: Kind
    /// The value (`arn:aws:iam::111122223333:root`, `111122223333`, `lambda.amazonaws.com`, `*`).
    public var value: String
    /// Where it is.
    public var location: FileLocation

    /// The account an `AWS` entry names as a whole (`111122223333` or
    /// `arn:aws:iam::111122223333:root`), or nil when it names a specific user, role or session;
    /// computed once.
    public let wholeAccount: String?

    /// Makes an entry.
    public init(kind: Kind, value: String, location: FileLocation) {
        self.kind = kind
        self.value = value
        self.location = location
        self.wholeAccount = PrincipalPattern.account(kind: kind, value: value)
    }

    /// Whether it names everyone (`"*"` or `{"AWS": "*"}`).
    public var isEveryone: Bool {
        (kind == .everyone || kind == .aws) && value == "*"
    }

    private static func account(kind: Kind, value: String) -> String? {
        guard kind == .aws else { return nil }
        if value.count == 12, value.allSatisfy(\.isNumber) { return value }
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 6, parts[2] == "iam", parts[5] == "root" { return String(parts[4]) }
        return nil
    }
}
