import Documents

/// A Pod or a workload controller (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob,
/// ReplicationController) with the service account its pods run as.
public struct Workload: Sendable, Hashable {
    /// The kind (`Deployment`).
    public var kind: String
    /// The namespace.
    public var namespace: String
    /// The name.
    public var name: String
    /// The pod template's service account (`default` when unset).
    public var serviceAccountName: String
    /// The pod template's `automountServiceAccountToken`, when set.
    public var automountToken: Bool?
    /// Where the object starts.
    public var location: FileLocation
    /// Where the service account name is written, or the pod spec when it is implied.
    public var serviceAccountLocation: FileLocation

    /// `Deployment prod/api`.
    public var title: String { "\(kind) \(namespace)/\(name)" }
}
