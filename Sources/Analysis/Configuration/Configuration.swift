import AccessGraph
import Documents

/// A suppression: a finding the team has accepted, with why and until when.
public struct Suppression: Sendable, Hashable {
    /// The check id or slug it applies to.
    public var check: String
    /// A glob over the finding's principal; nil for any.
    public var principal: String?
    /// A glob over the finding's resource; nil for any.
    public var resource: String?
    /// Why it is accepted (required).
    public var reason: String
    /// The last day it applies, `YYYY-MM-DD`; nil for no expiry.
    public var expires: String?
    /// Where it is written.
    public var location: FileLocation

    /// Makes a suppression.
    public init(check: String, principal: String? = nil, resource: String? = nil, reason: String, expires: String? = nil, location: FileLocation) {
        self.check = check
        self.principal = principal
        self.resource = resource
        self.reason = reason
        self.expires = expires
        self.location = location
    }

    /// Whether the suppression has expired on `today` (`YYYY-MM-DD`): it applies through its
    /// expiry day and stops the day after.
    public func isExpired(on today: String) -> Bool {
        guard let expires else { return false }
        return expires < today
    }
}

/// A resource the team marks as sensitive (a production registry, a protected pipeline).
public struct SensitiveResource: Sendable, Hashable {
    /// A glob over resource ids.
    public var pattern: String
    /// Why it is sensitive.
    public var reason: String?

    /// Makes an entry.
    public init(pattern: String, reason: String? = nil) {
        self.pattern = pattern
        self.reason = reason
    }
}

/// The `.leastpriv.yml` configuration.
public struct Configuration: Sendable, Hashable {
    /// Inputs to read when none are named on the command line, relative to the file's folder.
    public var inputs: [String]
    /// The lowest severity that fails the run.
    public var failOn: Severity?
    /// If set, only these checks (ids or slugs) run.
    public var enabledChecks: [String]?
    /// Checks (ids or slugs) that do not run.
    public var disabledChecks: [String]
    /// Globs over principal ids that are people.
    public var humanPrincipals: [String]
    /// Globs over principal ids that are machines.
    public var machinePrincipals: [String]
    /// Resources the team marks as sensitive.
    public var sensitiveResources: [SensitiveResource]
    /// Accepted findings.
    public var suppressions: [Suppression]
    /// Workflow paths (globs) → `OWNER/REPO`.
    public var repositories: [String: String]
    /// Reader limits.
    public var limits: DocumentLimits
    /// The file it was read from; nil for the defaults.
    public var file: String?

    /// The defaults: no file.
    public init(
        inputs: [String] = [], failOn: Severity? = nil, enabledChecks: [String]? = nil, disabledChecks: [String] = [],
        humanPrincipals: [String] = [], machinePrincipals: [String] = [], sensitiveResources: [SensitiveResource] = [],
        suppressions: [Suppression] = [], repositories: [String: String] = [:], limits: DocumentLimits = .default, file: String? = nil
    ) {
        self.inputs = inputs
        self.failOn = failOn
        self.enabledChecks = enabledChecks
        self.disabledChecks = disabledChecks
        self.humanPrincipals = humanPrincipals
        self.machinePrincipals = machinePrincipals
        self.sensitiveResources = sensitiveResources
        self.suppressions = suppressions
        self.repositories = repositories
        self.limits = limits
        self.file = file
    }
}
