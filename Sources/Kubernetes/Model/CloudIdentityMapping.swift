import Documents

/// A cloud identity mapped to a Kubernetes user and groups: an `aws-auth` ConfigMap entry or an
/// EKS access entry. Kept for Analysis to link to the cloud provider's principals.
public struct CloudIdentityMapping: Sendable, Hashable {
    /// Where the mapping comes from.
    public enum Source: String, Sendable, Hashable {
        /// `mapRoles` of `kube-system/aws-auth`.
        case awsAuthRole = "aws-auth mapRoles"
        /// `mapUsers` of `kube-system/aws-auth`.
        case awsAuthUser = "aws-auth mapUsers"
        /// `mapAccounts` of `kube-system/aws-auth` (every IAM user and role of the account).
        case awsAuthAccount = "aws-auth mapAccounts"
        /// An EKS access entry.
        case accessEntry = "EKS access entry"
    }

    /// Where it comes from.
    public var source: Source
    /// The IAM ARN (or account id for `mapAccounts`).
    public var cloudIdentity: String
    /// The Kubernetes user name (may hold `{{SessionName}}`-style templates); nil if unset.
    public var userName: String?
    /// The Kubernetes groups.
    public var groups: [String]
    /// EKS access policies associated with an access entry, with their scope.
    public var accessPolicies: [AccessPolicyAssociation]
    /// Where it is written (for `aws-auth`, the ConfigMap key holding it).
    public var location: FileLocation
}

/// An EKS access policy associated with an access entry.
public struct AccessPolicyAssociation: Sendable, Hashable {
    /// The policy ARN (`arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy`).
    public var policyARN: String
    /// The namespaces it is limited to; nil for the whole cluster.
    public var namespaces: [String]?
    /// Where it is written.
    public var location: FileLocation
}
