/// Works out every job's token, needs and OIDC subjects across the workflows read, joining
/// local reusable-workflow calls to the called file and each repository to its export.
public struct WorkflowAnalysis: Sendable {
    /// The exports whose settings apply.
    public var exports: [OrganizationExport]

    /// Makes an analysis.
    public init(exports: [OrganizationExport]) {
        self.exports = exports
    }

    /// The export that lists a repository, if any.
    func export(of repository: String) -> OrganizationExport? {
        exports.first { $0.repository(repository) != nil }
            ?? exports.first { $0.organization.lowercased() == repository.split(separator: "/").first.map { $0.lowercased() } }
    }

    /// The default token setting of a repository: exported, else assumed permissive.
    public func defaultToken(of repository: String) -> DefaultTokenSetting {
        export(of: repository)?.defaultToken(for: repository) ?? .assumedPermissive
    }

    /// The subject predictor of a repository: its default branch and customisation.
    func predictor(of repository: String) -> OIDCSubjectPredictor {
        let export = export(of: repository)
        let repo = export?.repository(repository)
        let customisation = repo?.usesDefaultSubject == true ? nil : (repo?.subjectCustomisation ?? export?.subjectCustomisation)
        return OIDCSubjectPredictor(defaultBranch: repo?.defaultBranch ?? "main", customisation: customisation)
    }

    /// Analyses the workflows.
    public func analyse(_ workflows: [Workflow]) -> [AnalysedWorkflow] {
        let model = WorkflowTokenModel()
        // Callers first: a called workflow's tokens depend on its callers' tokens.
        var callers: [String: [(id: String, token: EffectiveToken)]] = [:]
        var results: [Int: AnalysedWorkflow] = [:]
        for index in Self.callersFirst(workflows) {
            let workflow = workflows[index]
            let key = Self.key(repository: workflow.repository.name, file: workflow.fileName)
            let defaultSetting = defaultToken(of: workflow.repository.name)
            let predictor = predictor(of: workflow.repository.name)
            var jobs: [AnalysedJob] = []
            for job in workflow.jobs {
                let callerTokens = workflow.isReusableOnly ? (callers[key] ?? []) : []
                var token = model.token(of: job, in: workflow, defaultSetting: defaultSetting, caller: callerTokens.first)
                for caller in callerTokens.dropFirst() {
                    let other = model.token(of: job, in: workflow, defaultSetting: defaultSetting, caller: caller)
                    token.permissions = token.permissions.union(other.permissions)
                    token.explanation += other.explanation
                }
                var needs = JobNeeds.of(job)
                if let call = job.call, call.reference.pin == .local {
                    let calledFile = call.reference.raw.split(separator: "/").last.map(String.init) ?? call.reference.raw
                    let calledKey = Self.key(repository: workflow.repository.name, file: calledFile)
                    callers[calledKey, default: []].append((workflow.jobPrincipalID(job), token))
                    if let called = workflows.first(where: { Self.key(repository: $0.repository.name, file: $0.fileName) == calledKey }) {
                        needs = called.jobs.map { JobNeeds.of($0) }.reduce(JobNeeds(needs: TokenPermissions(), reasons: [], unjudgedBecause: [])) { total, next in
                            JobNeeds(needs: total.needs.union(next.needs), reasons: total.reasons + next.reasons, unjudgedBecause: total.unjudgedBecause + next.unjudgedBecause)
                        }
                    }
                }
                var subjects = token.permissions.grants(.idToken, .write) ? predictor.subjects(of: job, in: workflow) : []
                if let name = job.environment?.name,
                   let environment = export(of: workflow.repository.name)?.repository(workflow.repository.name)?.environments.first(where: { $0.name.lowercased() == name.lowercased() }) {
                    for index in subjects.indices { subjects[index].environmentReviewers = environment.reviewers }
                }
                jobs.append(AnalysedJob(job: job, principalID: workflow.jobPrincipalID(job), token: token, needs: needs, subjects: subjects))
            }
            results[index] = AnalysedWorkflow(workflow: workflow, jobs: jobs)
        }
        return workflows.indices.compactMap { results[$0] }
    }

    /// Workflow indexes with every caller before the workflows it calls (local calls only), so a
    /// called workflow's token is worked out from its callers' tokens, through any depth of
    /// nesting. A cycle (GitHub refuses one) is broken in file order.
    static func callersFirst(_ workflows: [Workflow]) -> [Int] {
        let keys = workflows.map { key(repository: $0.repository.name, file: $0.fileName) }
        var callers: [String: Set<Int>] = [:]
        for (index, workflow) in workflows.enumerated() {
            for job in workflow.jobs {
                guard let call = job.call, call.reference.pin == .local else { continue }
                let file = call.reference.raw.split(separator: "/").last.map(String.init) ?? call.reference.raw
                callers[key(repository: workflow.repository.name, file: file), default: []].insert(index)
            }
        }
        var order: [Int] = [], done = Set<Int>()
        var pending = Array(workflows.indices)
        while !pending.isEmpty {
            let ready = pending.filter { index in (callers[keys[index]] ?? []).allSatisfy { $0 == index || done.contains($0) } }
            let next = ready.isEmpty ? [pending[0]] : ready
            order += next
            done.formUnion(next)
            pending.removeAll { done.contains($0) }
        }
        return order
    }

    static func key(repository: String, file: String) -> String {
        "\(repository.lowercased())/\(file)"
    }
}
