import AccessGraph
import Documents

/// A TCR service account: an identity outside CAM with push/pull rights per namespace.
public struct TCRServiceAccount: Sendable, Hashable {
    /// One namespace grant.
    public struct Grant: Sendable, Hashable {
        /// The namespace.
        public var namespace: String
        /// The actions granted (`tcr:PushRepository`), lowercased for comparison.
        public var actions: Set<String>
        /// The repositories of the namespace as a qcs pattern
        /// (`qcs::tcr:REGION:uin/OWNER:repository/INSTANCE/NAMESPACE/*`).
        public var repositories: QCSResourcePattern
        /// Where the grant is written.
        public var location: FileLocation
    }

    /// The principal id (`tcr:INSTANCE:serviceaccount:NAME`).
    public var id: PrincipalID
    /// The account name (`tcr$ci`).
    public var name: String
    /// The registry instance.
    public var instanceID: String
    /// Whether it is disabled.
    public var isDisabled: Bool
    /// The grants.
    public var grants: [Grant]
    /// Where it is defined.
    public var location: FileLocation

    /// The decision for a request made with the service account's credentials.
    func decide(_ request: Request) -> Decision {
        if isDisabled {
            return Decision(.implicitDeny, reasons: [DecisionReason(detail: "TCR service account `\(name)` is disabled", location: location)])
        }
        let action = CAMActionPattern.removingPrefix(request.action).lowercased()
        let resource = QCSResourceName(request.resource)
        for grant in grants where grant.actions.contains(action) && grant.repositories.matches(name: resource) {
            return Decision(.allow, reasons: [DecisionReason(detail: "TCR service account `\(name)` is granted `\(request.action)` in namespace `\(grant.namespace)`", location: grant.location)])
        }
        return Decision(.implicitDeny, reasons: [DecisionReason(detail: "no namespace grant of TCR service account `\(name)` allows `\(request.action)` on `\(request.resource)`", location: location)])
    }
}
