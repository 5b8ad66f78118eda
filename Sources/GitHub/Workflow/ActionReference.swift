/// How firmly a `uses:` reference names the code it runs.
public enum PinKind: String, Sendable, Hashable {
    /// A full 40-character commit SHA: immutable.
    case commitSHA = "sha"
    /// A version-like ref (`v4`, `v1.2.3`): a tag, which its owner can move.
    case tag
    /// Any other ref (`main`, `release`): a branch or a tag nobody can tell apart offline.
    case branch
    /// An action in the same repository (`./path`): runs the checked-out code.
    case local
    /// A container image pinned by digest (`docker://image@sha256:…`).
    case imageDigest = "digest"
    /// A container image by tag or with no tag (`docker://alpine:3`).
    case imageTag = "image-tag"

    /// Whether the reference cannot change under the workflow.
    public var isImmutable: Bool {
        switch self {
        case .commitSHA, .imageDigest, .local: true
        case .tag, .branch, .imageTag: false
        }
    }
}

/// A `uses:` value of a step or a job: an action, a reusable workflow or a container image.
public struct ActionReference: Sendable, Hashable {
    /// The text as written.
    public var raw: String
    /// `owner`, for repository references.
    public var owner: String?
    /// `repo`, for repository references.
    public var repository: String?
    /// The path inside the repository (`upload-sarif`, `.github/workflows/build.yml`), if any.
    public var path: String?
    /// The ref after `@`, or the image for `docker://`.
    public var ref: String?
    /// How it is pinned.
    public var pin: PinKind

    /// Parses a `uses:` value.
    public init(_ raw: String) {
        self.raw = raw
        if raw.hasPrefix("./") || raw.hasPrefix("../") || raw == "." {
            self.pin = .local
            self.path = raw
            return
        }
        if raw.hasPrefix("docker://") {
            let image = String(raw.dropFirst("docker://".count))
            self.ref = image
            self.pin = image.contains("@sha256:") ? .imageDigest : .imageTag
            return
        }
        let (name, ref) = Self.split(raw)
        let parts = name.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        self.owner = parts.first
        self.repository = parts.count > 1 ? parts[1] : nil
        self.path = parts.count > 2 ? parts[2] : nil
        self.ref = ref
        self.pin = Self.pinKind(of: ref)
    }

    /// `owner/repo` in lower case (GitHub names are case-insensitive), or nil for local and
    /// image references.
    public var repositoryName: String? {
        guard let owner, let repository else { return nil }
        return "\(owner)/\(repository)".lowercased()
    }

    /// `owner/repo/path` in lower case without the ref: the key of the needs table.
    public var actionName: String? {
        guard let base = repositoryName else { return nil }
        return path.map { "\(base)/\($0.lowercased())" } ?? base
    }

    /// Whether it names a reusable workflow (`…/.github/workflows/x.yml`).
    public var isReusableWorkflow: Bool {
        guard let path else { return false }
        return path.contains(".github/workflows/") && (path.hasSuffix(".yml") || path.hasSuffix(".yaml"))
    }

    /// Whether it is a container image.
    public var isImage: Bool { pin == .imageDigest || pin == .imageTag }

    /// Whether the code comes from outside the workflow's own repository and outside GitHub's
    /// own `actions/` and `github/` organisations.
    public var isThirdParty: Bool {
        guard let owner = owner?.lowercased() else { return isImage }
        return owner != "actions" && owner != "github"
    }

    private static func split(_ raw: String) -> (String, String?) {
        guard let at = raw.lastIndex(of: "@") else { return (raw, nil) }
        return (String(raw[..<at]), String(raw[raw.index(after: at)...]))
    }

    private static func pinKind(of ref: String?) -> PinKind {
        guard let ref, !ref.isEmpty else { return .branch }
        if ref.count == 40, ref.allSatisfy(\.isHexDigit) { return .commitSHA }
        var version = Substring(ref)
        if version.first == "v" || version.first == "V" { version = version.dropFirst() }
        if let first = version.first, first.isNumber, version.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0.isLetter }) {
            return .tag
        }
        return .branch
    }
}
