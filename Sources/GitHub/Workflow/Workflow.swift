import Documents

/// A GitHub Actions workflow file, read.
public struct Workflow: Sendable, Hashable {
    /// The file as named on the command line.
    public var file: String
    /// The repository it belongs to, and how that was decided.
    public var repository: RepositoryAttribution
    /// The file name under `.github/workflows/` (`release.yml`).
    public var fileName: String
    /// `name:`, if any.
    public var name: String?
    /// The events it runs on.
    public var triggers: [Trigger]
    /// Workflow-level `permissions:`, if any.
    public var permissions: PermissionsBlock?
    /// The jobs, in file order.
    public var jobs: [Job]
    /// Where `on:` is written.
    public var triggersLocation: FileLocation
    /// Problems that did not stop the file being read (an empty `permissions:`, no `on:`).
    public var warnings: [InputError] = []

    /// Makes a workflow.
    public init(file: String, repository: RepositoryAttribution, fileName: String, name: String? = nil, triggers: [Trigger], permissions: PermissionsBlock? = nil, jobs: [Job], triggersLocation: FileLocation) {
        self.file = file
        self.repository = repository
        self.fileName = fileName
        self.name = name
        self.triggers = triggers
        self.permissions = permissions
        self.jobs = jobs
        self.triggersLocation = triggersLocation
    }

    /// The trigger for an event, if the workflow runs on it.
    public func trigger(_ event: String) -> Trigger? {
        triggers.first { $0.event == event }
    }

    /// The privileged triggers (see ``Trigger/privilegedEvents``).
    public var privilegedTriggers: [Trigger] {
        triggers.filter(\.isPrivileged)
    }

    /// Whether the workflow can only run when another workflow calls it.
    public var isReusableOnly: Bool {
        !triggers.isEmpty && triggers.allSatisfy { $0.event == "workflow_call" }
    }

    /// `.github/workflows/<file>` — the path GitHub uses in `job_workflow_ref` and our job ids.
    public var repositoryPath: String { ".github/workflows/\(fileName)" }

    /// The canonical id of a job's token principal: `github:job:OWNER/REPO/.github/workflows/FILE#JOB`.
    public func jobPrincipalID(_ job: Job) -> String {
        "github:job:\(repository.name)/\(repositoryPath)#\(job.id)"
    }
}

/// The repository a workflow file belongs to, with the rule that decided it.
public struct RepositoryAttribution: Sendable, Hashable {
    /// How the repository was decided.
    public enum Source: String, Sendable, Hashable {
        /// The GitHub export bundle lists the file's repository.
        case bundle
        /// The `origin` remote of the git checkout the file sits in.
        case gitRemote = "git-remote"
        /// The two folders above `.github` (`OWNER/REPO/.github/workflows/x.yml`).
        case path
        /// Nothing says: named after the folder holding `.github`.
        case folder
    }

    /// `OWNER/REPO` (or the folder's name when unknown).
    public var name: String
    /// The rule that decided it.
    public var source: Source

    /// Makes an attribution.
    public init(name: String, source: Source) {
        self.name = name
        self.source = source
    }

    /// Attributes a workflow file by its path: the two folders above `.github`, else the folder
    /// holding `.github` (or the file's folder), flagged as a guess.
    public static func fromPath(_ file: String) -> RepositoryAttribution {
        let parts = file.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if let github = parts.lastIndex(of: ".github") {
            if github >= 2 {
                return RepositoryAttribution(name: "\(parts[github - 2])/\(parts[github - 1])", source: .path)
            }
            if github == 1 { return RepositoryAttribution(name: parts[0], source: .folder) }
        }
        let folder = parts.count >= 2 ? parts[parts.count - 2] : "unknown-repository"
        return RepositoryAttribution(name: folder, source: .folder)
    }
}
