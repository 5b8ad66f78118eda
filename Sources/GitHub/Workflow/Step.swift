import Documents

/// One step of a job.
public struct Step: Sendable, Hashable {
    /// Its position in the job, from 0.
    public var index: Int
    /// `id:`, if any.
    public var id: String?
    /// `name:`, if any.
    public var name: String?
    /// `uses:`, if the step runs an action.
    public var uses: ActionReference?
    /// `run:`, if the step runs a script.
    public var run: String?
    /// `with:` inputs as written (scalars as text).
    public var inputs: [String: String]
    /// `env:` values as written.
    public var environment: [String: String]
    /// `if:` as written.
    public var condition: String?
    /// Where the step starts.
    public var location: FileLocation
    /// Where `uses:` or `run:` is written.
    public var bodyLocation: FileLocation

    /// Makes a step.
    public init(
        index: Int, id: String? = nil, name: String? = nil, uses: ActionReference? = nil, run: String? = nil,
        inputs: [String: String] = [:], environment: [String: String] = [:], condition: String? = nil,
        location: FileLocation, bodyLocation: FileLocation
    ) {
        self.index = index
        self.id = id
        self.name = name
        self.uses = uses
        self.run = run
        self.inputs = inputs
        self.environment = environment
        self.condition = condition
        self.location = location
        self.bodyLocation = bodyLocation
    }

    /// A label for messages: the name, the id, the action used, or `step N`.
    public var label: String {
        name ?? id ?? uses?.raw ?? "step \(index + 1)"
    }
}
