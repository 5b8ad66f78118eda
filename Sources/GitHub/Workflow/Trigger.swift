import Documents

/// One event a workflow runs on, with its filters.
public struct Trigger: Sendable, Hashable {
    /// The event name (`push`, `pull_request_target`, `workflow_run`).
    public var event: String
    /// Filters by name (`branches`, `branches-ignore`, `tags`, `tags-ignore`, `paths`,
    /// `paths-ignore`, `types`, `workflows`), each with its patterns as written.
    public var filters: [String: [String]]
    /// `schedule` cron lines.
    public var cron: [String]
    /// Where the event is named.
    public var location: FileLocation

    /// Makes a trigger.
    public init(event: String, filters: [String: [String]] = [:], cron: [String] = [], location: FileLocation) {
        self.event = event
        self.filters = filters
        self.cron = cron
        self.location = location
    }

    /// The patterns of one filter (`branches`), empty when absent.
    public func patterns(_ filter: String) -> [String] {
        filters[filter] ?? []
    }

    /// Events that run in the base repository's context with a write-capable token and secrets
    /// while the content they act on can come from someone without write access (a fork's pull
    /// request, a comment, an issue).
    public static let privilegedEvents: Set<String> = [
        "pull_request_target", "workflow_run", "issue_comment", "issues", "discussion", "discussion_comment",
    ]

    /// Events whose runs from a fork get a read-only token and no secrets.
    public static let forkDowngradedEvents: Set<String> = [
        "pull_request", "pull_request_review", "pull_request_review_comment",
    ]

    /// Whether the event is privileged (see ``privilegedEvents``).
    public var isPrivileged: Bool { Self.privilegedEvents.contains(event) }
}
