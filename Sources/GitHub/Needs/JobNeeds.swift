/// What a job needs from its token, with the reason for each need, or why we cannot judge.
public struct JobNeeds: Sendable, Hashable {
    /// The union of every step's needs.
    public var needs: TokenPermissions
    /// One line per step that needs something.
    public var reasons: [String]
    /// Why the job cannot be judged (unknown actions that may use the token), empty if it can.
    public var unjudgedBecause: [String]

    /// Whether the needs are complete enough to call anything beyond them an over-grant.
    public var isJudged: Bool { unjudgedBecause.isEmpty }

    /// Works out a job's needs from our tables. `calledNeeds` gives the needs of a local
    /// reusable workflow the job calls, when that workflow is among the inputs.
    public static func of(_ job: Job, calledNeeds: JobNeeds? = nil) -> JobNeeds {
        var result = JobNeeds(needs: TokenPermissions(), reasons: [], unjudgedBecause: [])
        if let call = job.call {
            if let calledNeeds {
                return calledNeeds
            }
            result.unjudgedBecause.append("it calls the reusable workflow `\(call.reference.raw)`, which is not among the inputs")
            return result
        }
        for step in job.steps {
            if let uses = step.uses {
                if uses.pin == .local {
                    result.unjudgedBecause.append("step `\(step.label)` runs the local action `\(uses.raw)`, which may use the token")
                } else if uses.isImage {
                    if step.inputs.values.contains(where: ActionNeedsTable.mentionsGitHubToken) {
                        result.unjudgedBecause.append("step `\(step.label)` passes the token to the image `\(uses.raw)`")
                    }
                } else if let entry = ActionNeedsTable.entry(for: uses) {
                    let needs = entry.needs(with: step.inputs)
                    if !needs.levels.isEmpty {
                        result.needs = result.needs.union(needs)
                        result.reasons.append("`\(entry.action)` needs \(needs): \(entry.reason)")
                    }
                } else {
                    result.unjudgedBecause.append("step `\(step.label)` uses `\(uses.raw)`, which is not in the needs table and may use the token")
                }
            }
            if let run = step.run {
                let tokenAvailable = ActionNeedsTable.mentionsGitHubToken(run)
                    || step.environment.values.contains(where: ActionNeedsTable.mentionsGitHubToken)
                    || job.tokenInEnvironment
                let (needs, reasons, unjudged) = RunCommandNeeds.needs(of: run, tokenAvailable: tokenAvailable)
                result.needs = result.needs.union(needs)
                result.reasons += reasons.map { "step `\(step.label)`: \($0)" }
                if let unjudged { result.unjudgedBecause.append("step `\(step.label)`: \(unjudged)") }
            }
        }
        return result
    }
}
