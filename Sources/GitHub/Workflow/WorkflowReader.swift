import Documents

/// Reads a workflow file's tree into a ``Workflow``, keeping every element's location.
///
/// Unknown keys are left alone (GitHub adds keys over time); a known key of the wrong shape is
/// an error at its location, because guessing would hide a grant or a trigger.
public struct WorkflowReader: Sendable {
    /// Makes a reader.
    public init() {}

    /// Whether a document looks like a workflow: a mapping with `on` and `jobs`, or with `jobs`
    /// alone when every job is a mapping with `runs-on`, `steps` or `uses` (a workflow missing
    /// its `on:` is still read, with a warning, rather than left unrecognised).
    public static func looksLikeWorkflow(_ document: Document) -> Bool {
        guard document.roots.count == 1, case .mapping(let pairs) = document.roots[0].value else { return false }
        let keys = Set(pairs.compactMap(\.key.stringValue))
        guard keys.contains("jobs") else { return false }
        if keys.contains("on") { return true }
        guard let jobs = pairs.first(where: { $0.key.stringValue == "jobs" })?.value, case .mapping(let entries) = jobs.value, !entries.isEmpty else { return false }
        return entries.allSatisfy { entry in
            guard case .mapping(let fields) = entry.value.value else { return false }
            return fields.contains { ["runs-on", "steps", "uses"].contains($0.key.stringValue ?? "") }
        }
    }

    /// Reads the workflow in `document`, attributed to `repository`.
    public func read(_ document: Document, repository: RepositoryAttribution) throws(InputError) -> Workflow {
        let root = document.root()
        var warnings: [InputError] = []
        let on: Cursor
        if let written = try root.field("on") {
            on = written
        } else {
            on = root
            warnings.append(root.error("github.workflow.no-triggers", "the workflow has no `on:`, so GitHub never runs it"))
        }
        let jobsCursor = try root.requiredField("jobs")
        let workflowEnvironment = try root.field("env").map { env throws(InputError) in try Self.scalarMap(env) } ?? [:]
        var jobs: [Job] = []
        for (id, value) in try jobsCursor.entries() {
            var job = try readJob(id: id, value, keyLocation: Self.keyLocation(of: id, in: jobsCursor) ?? value.location, warnings: &warnings)
            if workflowEnvironment.values.contains(where: ActionNeedsTable.mentionsGitHubToken) { job.tokenInEnvironment = true }
            let inherited = workflowEnvironment.values.flatMap(UntrustedInput.secretNames(in:))
            job.secrets = Array(Set(job.secrets + inherited)).sorted()
            jobs.append(job)
        }
        let fileName = document.file.split(separator: "/").last.map(String.init) ?? document.file
        var workflow = Workflow(
            file: document.file, repository: repository, fileName: fileName,
            name: try root.field("name")?.scalarText(),
            triggers: on.node == root.node ? [] : try readTriggers(on),
            permissions: try readPermissions(root, warnings: &warnings),
            jobs: jobs, triggersLocation: on.location)
        workflow.warnings = warnings
        return workflow
    }

    /// The `permissions:` key of a workflow or job. An empty value (`permissions:` with nothing
    /// after it) is read as not written, so the default applies, with a warning: treating it as
    /// `{}` could hide a write token.
    func readPermissions(_ cursor: Cursor, warnings: inout [InputError]) throws(InputError) -> PermissionsBlock? {
        guard let value = try cursor.field("permissions") else { return nil }
        if value.isNull {
            warnings.append(value.error("github.permissions.empty", "`permissions:` has no value; leastpriv applies the default token permissions as if it were absent; write `{}` to grant nothing"))
            return nil
        }
        return try PermissionsBlock.read(value)
    }

    // MARK: Triggers

    /// `on:` as a string, a list of strings, or a mapping of events to their filters.
    func readTriggers(_ on: Cursor) throws(InputError) -> [Trigger] {
        if case .sequence = on.node.value {
            return try on.elements().map { element throws(InputError) in Trigger(event: try element.string(), location: element.location) }
        }
        if !on.isMapping {
            return [Trigger(event: try on.string(), location: on.location)]
        }
        var triggers: [Trigger] = []
        for (event, value) in try on.entries() {
            var trigger = Trigger(event: event, location: value.location)
            if let keyLocation = Self.keyLocation(of: event, in: on) { trigger.location = keyLocation }
            if event == "schedule" {
                for entry in try value.elements() {
                    if let cron = try entry.field("cron") { trigger.cron.append(try cron.scalarText()) }
                }
            } else if value.isMapping {
                for (filter, patterns) in try value.entries() where Self.listFilters.contains(filter) {
                    trigger.filters[filter] = try patterns.oneOrMany().map { item throws(InputError) in try item.scalarText() }
                }
            } else if !value.isNull {
                throw value.mismatch(expected: "a mapping of filters or nothing for event `\(event)`")
            }
            triggers.append(trigger)
        }
        return triggers
    }

    /// The filters read as lists of patterns or names.
    static let listFilters: Set<String> = [
        "branches", "branches-ignore", "tags", "tags-ignore", "paths", "paths-ignore", "types", "workflows",
    ]

    /// Where a mapping key is written (the value's location is used when the key has none).
    static func keyLocation(of key: String, in mapping: Cursor) -> FileLocation? {
        guard case .mapping(let pairs) = mapping.node.value,
              let pair = pairs.first(where: { $0.key.scalarText == key }) else { return nil }
        return mapping.child(pair.key, at: mapping.pointer.appending(key)).location
    }

    // MARK: Jobs

    func readJob(id: String, _ cursor: Cursor, keyLocation: FileLocation, warnings: inout [InputError]) throws(InputError) -> Job {
        guard cursor.isMapping else { throw cursor.mismatch(expected: "a mapping for job `\(id)`") }
        var job = Job(id: id, location: keyLocation)
        job.name = try cursor.field("name")?.scalarText()
        job.permissions = try readPermissions(cursor, warnings: &warnings)
        job.condition = try cursor.field("if")?.scalarText()
        if let runsOn = try cursor.field("runs-on") {
            if runsOn.isMapping {
                job.runsOn = try (runsOn.field("labels")?.oneOrMany() ?? []).map { item throws(InputError) in try item.scalarText() }
                if let group = try runsOn.field("group") { job.runsOn.append("group:\(try group.scalarText())") }
            } else {
                job.runsOn = try runsOn.oneOrMany().map { item throws(InputError) in try item.scalarText() }
            }
        }
        if let needs = try cursor.field("needs") {
            job.needs = try needs.oneOrMany().map { item throws(InputError) in try item.scalarText() }
        }
        if let environment = try cursor.field("environment") {
            job.environment = try readEnvironment(environment)
        }
        if let container = try cursor.field("container") {
            job.container = try readImage(container)
        }
        if let services = try cursor.field("services") {
            for (_, service) in try services.entries() {
                if let image = try readImage(service) { job.services.append(image) }
            }
        }
        var secretTexts: [String] = []
        if let env = try cursor.field("env") {
            let values = try Self.scalarMap(env).values
            job.tokenInEnvironment = values.contains(where: ActionNeedsTable.mentionsGitHubToken)
            secretTexts += values
        }
        if let uses = try cursor.field("uses") {
            job.call = try readCall(uses: uses, job: cursor)
        }
        if let steps = try cursor.field("steps") {
            job.steps = try steps.elements().enumerated().map { index, step throws(InputError) in try readStep(index: index, step) }
        }
        for step in job.steps {
            secretTexts += Array(step.inputs.values) + Array(step.environment.values) + [step.run ?? ""]
        }
        var names = secretTexts.flatMap(UntrustedInput.secretNames(in:))
        if let call = job.call {
            names += call.inheritsSecrets ? ["*"] : call.secrets
            names += call.inputs.values.flatMap(UntrustedInput.secretNames(in:))
        }
        job.secrets = Array(Set(names)).sorted()
        return job
    }

    func readEnvironment(_ cursor: Cursor) throws(InputError) -> EnvironmentReference {
        if cursor.isMapping {
            let name = try cursor.requiredField("name")
            return EnvironmentReference(name: try name.scalarText(), url: try cursor.field("url")?.scalarText(), location: name.location)
        }
        return EnvironmentReference(name: try cursor.scalarText(), location: cursor.location)
    }

    /// `container:`/a service: an image string or a mapping with `image`.
    func readImage(_ cursor: Cursor) throws(InputError) -> ImageReference? {
        if cursor.isMapping {
            guard let image = try cursor.field("image") else { return nil }
            return ImageReference(image: try image.scalarText(), location: image.location)
        }
        if cursor.isNull { return nil }
        return ImageReference(image: try cursor.scalarText(), location: cursor.location)
    }

    func readCall(uses: Cursor, job: Cursor) throws(InputError) -> WorkflowCall {
        var call = WorkflowCall(reference: ActionReference(try uses.string()), location: uses.location)
        if let with = try job.field("with") { call.inputs = try Self.scalarMap(with) }
        if let secrets = try job.field("secrets") {
            call.secretsLocation = secrets.location
            if secrets.isMapping {
                call.secrets = try secrets.entries().flatMap { UntrustedInput.secretNames(in: $0.value.node.scalarText ?? "") }
            } else {
                let text = try secrets.scalarText()
                guard text == "inherit" else { throw secrets.error("github.workflow.secrets", "`secrets` must be `inherit` or a mapping, not `\(text)`") }
                call.inheritsSecrets = true
            }
        }
        return call
    }

    // MARK: Steps

    func readStep(index: Int, _ cursor: Cursor) throws(InputError) -> Step {
        guard cursor.isMapping else { throw cursor.mismatch(expected: "a mapping for a step") }
        var step = Step(index: index, location: cursor.location, bodyLocation: cursor.location)
        step.id = try cursor.field("id")?.scalarText()
        step.name = try cursor.field("name")?.scalarText()
        step.condition = try cursor.field("if")?.scalarText()
        if let uses = try cursor.field("uses") {
            step.uses = ActionReference(try uses.string())
            step.bodyLocation = uses.location
        }
        if let run = try cursor.field("run") {
            step.run = try run.scalarText()
            step.bodyLocation = run.location
        }
        if let with = try cursor.field("with") { step.inputs = try Self.scalarMap(with) }
        if let env = try cursor.field("env"), env.isMapping { step.environment = try Self.scalarMap(env) }
        return step
    }

    /// A mapping of scalars as text; nested values are kept as empty text (they are expressions
    /// or structures no table entry looks at).
    static func scalarMap(_ cursor: Cursor) throws(InputError) -> [String: String] {
        if !cursor.isMapping {
            if cursor.isNull { return [:] }
            // `with: ${{ fromJSON(...) }}` style values: nothing to read by key.
            _ = try cursor.scalarText()
            return [:]
        }
        var result: [String: String] = [:]
        for (key, value) in try cursor.entries() {
            result[key] = value.node.scalarText ?? ""
        }
        return result
    }
}
