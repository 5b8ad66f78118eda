import AccessGraph
import Documents
import Foundation

/// Runs an audit: read → recognise → import → link → analyse → suppress → order.
///
/// The stages run in this order because each needs the previous one's output:
/// 1. read: every input is parsed on its own, so one bad file is reported and the rest go on;
/// 2. recognise: importers claim documents by content, not by name;
/// 3. import: each importer reads all its documents at once, so joins across files (a
///    credential report to its users) happen inside the provider;
/// 4. merge: fragments join one graph in input order, which makes the result deterministic;
/// 5. overrides: the configuration's human/machine patterns apply after import, so they win
///    over what the inputs suggest;
/// 6. links: cross-provider edges (GitHub OIDC → AWS roles, IRSA, aws-auth) need every provider's
///    principals and authorizers, so they come after all imports;
/// 7. checks: run over the finished graph;
/// 8. suppressions: applied last, to findings that exist, so an expired one can say so.
public struct AuditPipeline: Sendable {
    /// The importers that may read inputs.
    public var importers: [any Importer]
    /// The checks to run (before the configuration's enable/disable lists apply).
    public var checks: [any Check.Type]
    /// The tool's name and version for the result.
    public var tool: ToolInfo

    /// Makes a pipeline.
    public init(importers: [any Importer] = ImporterRegistry.all, checks: [any Check.Type] = CheckCatalog.all, tool: ToolInfo) {
        self.importers = importers
        self.checks = checks
        self.tool = tool
    }

    /// Audits the inputs under a configuration; `today` (`YYYY-MM-DD`) decides expiries.
    public func run(
        inputs: [InputFile], earlierReports: [InputReport] = [], configuration: Configuration, today: String
    ) -> AuditResult {
        let loaded = load(inputs: inputs, earlierReports: earlierReports, configuration: configuration, today: today)
        return audit(loaded)
    }

    /// Runs the enabled checks over loaded inputs and applies the suppressions.
    public func audit(_ loaded: LoadedInputs) -> AuditResult {
        let context = loaded.context
        let ran = enabledChecks(under: context.configuration)
        let findings = ran.flatMap { $0.init().findings(in: context) }
        let (shown, hidden) = applySuppressions(context.configuration.suppressions, to: findings, today: context.today)
        return AuditResult(
            tool: tool, inputs: loaded.reports, principalCount: context.graph.principals.count,
            findings: shown.sorted(by: Finding.reportOrder), suppressed: hidden.sorted(by: Finding.reportOrder),
            checks: ran.map { $0.description }.sorted { $0.id < $1.id }, warnings: loaded.warnings)
    }

    /// Reads, recognises and imports the inputs into one graph: stages 1 to 5.
    public func load(
        inputs: [InputFile], earlierReports: [InputReport] = [], configuration: Configuration, today: String
    ) -> LoadedInputs {
        var reports = earlierReports
        var recognised: [(report: Int, document: RecognisedDocument, importer: Int)] = []

        for input in inputs {
            switch read(input, limits: configuration.limits) {
            case .failure(let error):
                reports.append(InputReport(file: input.name, status: .error, errors: [error]))
            case .success(nil):
                reports.append(InputReport(file: input.name, status: .unrecognised, note: "not JSON, YAML or CSV"))
            case .success(let document?):
                if let (index, format) = recognise(document) {
                    recognised.append((reports.count, RecognisedDocument(document: document, format: format), index))
                    reports.append(InputReport(file: input.name, format: format.id, status: .analysed))
                } else {
                    let note = "no importer reads this \(document.syntax.rawValue.uppercased()) document"
                    reports.append(InputReport(file: input.name, format: document.syntax.rawValue, status: .unrecognised, note: note))
                }
            }
        }

        var graph = PermissionGraph()
        var models: [Provider: any Sendable] = [:]
        var warnings: [InputError] = []
        for (index, importer) in importers.enumerated() {
            let mine = recognised.filter { $0.importer == index }
            guard !mine.isEmpty else { continue }
            let outcome = importer.importDocuments(mine.map(\.document))
            graph.merge(outcome.fragment)
            if let authorizer = outcome.authorizer { graph.install(authorizer) }
            if let model = outcome.model { models[importer.provider] = model }
            warnings += outcome.warnings
            for failure in outcome.failures {
                guard let entry = mine.first(where: { $0.document.document.file == failure.location.file }) else {
                    warnings.append(failure)
                    continue
                }
                reports[entry.report].status = .error
                reports[entry.report].errors.append(failure)
            }
        }

        applyHumanOverrides(configuration, to: &graph)
        CrossProviderLinks().link(&graph, models: models)

        let context = AnalysisContext(
            graph: graph, documents: recognised.map(\.document), models: models,
            configuration: configuration, today: today)
        return LoadedInputs(reports: reports, context: context, warnings: warnings)
    }

    /// Marks principals matching the configuration's patterns as people or machines. A machine
    /// pattern wins over a human one, since it is usually the narrower (`user/ci-*` inside
    /// `user/*`).
    private func applyHumanOverrides(_ configuration: Configuration, to graph: inout PermissionGraph) {
        let machines = configuration.machinePrincipals.map { Glob($0, caseSensitive: true) }
        let humans = configuration.humanPrincipals.map { Glob($0, caseSensitive: true) }
        guard !machines.isEmpty || !humans.isEmpty else { return }
        for id in graph.principals.keys {
            if machines.contains(where: { $0.matches(id.rawValue) }) {
                graph.setHuman(.machine, for: id)
            } else if humans.contains(where: { $0.matches(id.rawValue) }) {
                graph.setHuman(.human, for: id)
            }
        }
    }

    /// The document in an input, nil when it is not a syntax leastpriv reads.
    private func read(_ input: InputFile, limits: DocumentLimits) -> Result<Document?, InputError> {
        do {
            let bytes = try input.readBytes(limits: limits)
            let syntax = DocumentReader.syntax(forFileName: input.name)
                ?? DocumentReader.sniffSyntax(bytes)
                ?? (input.name == "-" ? .yaml : nil)
            guard let syntax else { return .success(nil) }
            return .success(try DocumentReader.parse(bytes, file: input.name, syntax: syntax, limits: limits))
        } catch {
            return .failure(error)
        }
    }

    /// The first importer that recognises the document, with the format it saw.
    private func recognise(_ document: Document) -> (Int, InputFormat)? {
        for (index, importer) in importers.enumerated() {
            if let format = importer.recognise(document) { return (index, format) }
        }
        return nil
    }

    /// The checks the configuration lets run.
    private func enabledChecks(under configuration: Configuration) -> [any Check.Type] {
        func named(_ check: any Check.Type, in names: [String]) -> Bool {
            names.contains { $0 == check.description.id || $0 == check.description.slug }
        }
        return checks.filter { check in
            if let enabled = configuration.enabledChecks, !named(check, in: enabled) { return false }
            return !named(check, in: configuration.disabledChecks)
        }
    }

    /// Splits findings into those shown and those a live suppression hides.
    private func applySuppressions(_ suppressions: [Suppression], to findings: [Finding], today: String) -> (shown: [Finding], hidden: [Finding]) {
        let live = suppressions.filter { !$0.isExpired(on: today) }
        var shown: [Finding] = [], hidden: [Finding] = []
        for finding in findings {
            if live.contains(where: { $0.covers(finding) }) {
                hidden.append(finding)
            } else {
                shown.append(finding)
            }
        }
        return (shown, hidden)
    }
}

/// Inputs read and imported into one graph, ready for checks or queries.
public struct LoadedInputs: Sendable {
    /// What happened to each input.
    public var reports: [InputReport]
    /// The graph and everything checks look at.
    public var context: AnalysisContext
    /// Problems that did not stop an input being imported.
    public var warnings: [InputError]

    /// Whether any input failed.
    public var hasInputErrors: Bool { reports.contains { $0.status == .error } }
}

extension Suppression {
    /// Whether this suppression covers a finding: same check (id or slug), and principal and
    /// resource matching the globs where given.
    func covers(_ finding: Finding) -> Bool {
        guard check == finding.checkID || check == finding.checkSlug else { return false }
        if let principal, !Glob(principal, caseSensitive: true).matches(finding.principal ?? "") { return false }
        if let resource, !Glob(resource, caseSensitive: true).matches(finding.resource ?? "") { return false }
        return true
    }
}
