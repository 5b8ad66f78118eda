import Documents

/// A Namespace object, kept for its Pod Security Admission level.
public struct NamespaceObject: Sendable, Hashable {
    /// The name.
    public var name: String
    /// `pod-security.kubernetes.io/enforce` (`privileged`, `baseline`, `restricted`), when set.
    public var enforcedPodSecurity: String?
    /// Where the object starts.
    public var location: FileLocation

    /// Whether Pod Security Admission refuses pods that escape to their node (privileged
    /// containers, host namespaces, hostPath volumes): the `baseline` and `restricted` levels both do.
    public var forbidsNodeEscape: Bool {
        enforcedPodSecurity == "baseline" || enforcedPodSecurity == "restricted"
    }
}
