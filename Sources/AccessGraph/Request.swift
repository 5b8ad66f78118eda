/// The request context: condition keys and their values.
///
/// A key nobody supplied is *unknown* unless the context is complete, in which case it is
/// *absent* (as in the IAM policy simulator). An allow that depends on an unknown key is
/// conditional; with a complete context it never is.
public struct RequestContext: Sendable, Hashable {
    /// Key → values (several values for a multi-valued key). Keys compare case-insensitively in
    /// AWS and Tencent Cloud; providers normalise as their rules say.
    public var values: [String: [String]]
    /// Whether keys not in `values` are known to be absent.
    public var isComplete: Bool

    /// Makes a context.
    public init(values: [String: [String]] = [:], isComplete: Bool = false) {
        self.values = values
        self.isComplete = isComplete
    }

    /// What is known of a key.
    public enum Lookup: Sendable, Hashable {
        /// The key has these values.
        case present([String])
        /// The key is known to be absent.
        case absent
        /// Nobody said.
        case unknown
    }

    /// What is known of `key`, comparing keys exactly.
    public func lookup(_ key: String) -> Lookup {
        if let found = values[key] { return .present(found) }
        return isComplete ? .absent : .unknown
    }
}

/// A question to an authorizer: may the principal do `action` on `resource`?
///
/// Providers read `action` and `resource` in their own grammar (an IAM action and ARN; a
/// Kubernetes verb and `resource[.group][/subresource]`), with provider-specific scope such as a
/// Kubernetes namespace in `attributes`.
public struct Request: Sendable, Hashable {
    /// Who asks.
    public var principal: PrincipalID
    /// The action (`s3:GetObject`, `create`).
    public var action: String
    /// The resource (`arn:aws:s3:::bucket/key`, `pods`).
    public var resource: String
    /// Condition keys.
    public var context: RequestContext
    /// Provider-specific scope (`namespace`, `name`, `groups`).
    public var attributes: [String: [String]]

    /// Makes a request.
    public init(principal: PrincipalID, action: String, resource: String, context: RequestContext = RequestContext(), attributes: [String: [String]] = [:]) {
        self.principal = principal
        self.action = action
        self.resource = resource
        self.context = context
        self.attributes = attributes
    }
}
