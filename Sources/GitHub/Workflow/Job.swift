import Documents

/// A container image a job runs in or beside.
public struct ImageReference: Sendable, Hashable {
    /// The image as written.
    public var image: String
    /// Where it is written.
    public var location: FileLocation

    /// Makes a reference.
    public init(image: String, location: FileLocation) {
        self.image = image
        self.location = location
    }

    /// Whether it is pinned by digest.
    public var isPinnedByDigest: Bool { image.contains("@sha256:") }
}

/// A job's `environment:`.
public struct EnvironmentReference: Sendable, Hashable {
    /// The environment name as written (may contain an expression).
    public var name: String
    /// `url:`, if given.
    public var url: String?
    /// Where it is written.
    public var location: FileLocation

    /// Makes a reference.
    public init(name: String, url: String? = nil, location: FileLocation) {
        self.name = name
        self.url = url
        self.location = location
    }
}

/// A job that calls a reusable workflow (`jobs.<id>.uses`).
public struct WorkflowCall: Sendable, Hashable {
    /// The called workflow.
    public var reference: ActionReference
    /// `with:` inputs as written.
    public var inputs: [String: String]
    /// Whether `secrets: inherit` passes every secret of the caller.
    public var inheritsSecrets: Bool
    /// The caller's secrets passed under `secrets:` (the names read in its values).
    public var secrets: [String]
    /// Where `uses:` is written.
    public var location: FileLocation
    /// Where `secrets:` is written, if it is.
    public var secretsLocation: FileLocation?

    /// Makes a call.
    public init(reference: ActionReference, inputs: [String: String] = [:], inheritsSecrets: Bool = false, secrets: [String] = [], location: FileLocation, secretsLocation: FileLocation? = nil) {
        self.reference = reference
        self.inputs = inputs
        self.inheritsSecrets = inheritsSecrets
        self.secrets = secrets
        self.location = location
        self.secretsLocation = secretsLocation
    }
}

/// One job of a workflow.
public struct Job: Sendable, Hashable {
    /// The job id (the key under `jobs:`).
    public var id: String
    /// `name:`, if any.
    public var name: String?
    /// `permissions:`, if the job sets them.
    public var permissions: PermissionsBlock?
    /// The steps (empty for a job that calls a reusable workflow).
    public var steps: [Step]
    /// The reusable workflow it calls, if any.
    public var call: WorkflowCall?
    /// `environment:`, if any.
    public var environment: EnvironmentReference?
    /// `container:` image, if any.
    public var container: ImageReference?
    /// `services:` images.
    public var services: [ImageReference]
    /// `if:` as written.
    public var condition: String?
    /// `runs-on:` labels as written.
    public var runsOn: [String]
    /// `needs:` job ids.
    public var needs: [String]
    /// Whether the job's or the workflow's `env:` passes the `GITHUB_TOKEN` to every step.
    public var tokenInEnvironment: Bool = false
    /// Names of the repository or organisation secrets the job reads (`secrets.NAME` anywhere in
    /// its steps, `env:`, `with:` or `secrets:`; the workflow's `env:` included), sorted, without
    /// `GITHUB_TOKEN`, in lower case (GitHub compares secret names case-insensitively). `*` when it passes every secret (`secrets: inherit`, `toJSON(secrets)`).
    public var secrets: [String] = []
    /// Where the job's key is written.
    public var location: FileLocation

    /// Makes a job.
    public init(
        id: String, name: String? = nil, permissions: PermissionsBlock? = nil, steps: [Step] = [], call: WorkflowCall? = nil,
        environment: EnvironmentReference? = nil, container: ImageReference? = nil, services: [ImageReference] = [],
        condition: String? = nil, runsOn: [String] = [], needs: [String] = [], location: FileLocation
    ) {
        self.id = id
        self.name = name
        self.permissions = permissions
        self.steps = steps
        self.call = call
        self.environment = environment
        self.container = container
        self.services = services
        self.condition = condition
        self.runsOn = runsOn
        self.needs = needs
        self.location = location
    }
}
