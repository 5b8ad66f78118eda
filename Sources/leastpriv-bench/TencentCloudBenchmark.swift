import AccessGraph
import Analysis
import Documents
import Foundation
import TencentCloud

/// `leastpriv-bench tencentcloud`: generates a Tencent Cloud account (5,000 sub-users, 10,000
/// roles, 20,000 policies by default) and times reading it, importing it (with trust linking),
/// deciding requests, and running every registered check over it.
struct TencentCloudBenchmark {
    var generator = TencentCloudBundleGenerator()
    var decisions = 100_000

    init(arguments: [String]) throws {
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            guard let text = remaining.popFirst(), let value = Int(text), value > 0 else { throw BenchmarkUsageError("`\(flag)` needs a positive number") }
            switch flag {
            case "--users": generator.users = value
            case "--roles": generator.roles = value
            case "--policies": generator.policies = value
            case "--decisions": decisions = value
            default: throw BenchmarkUsageError("unknown option `\(flag)`")
            }
        }
    }

    mutating func run() throws {
        let text = generator.generate()
        let bytes = Array(text.utf8)
        print("account: \(generator.users) sub-users, \(generator.roles) roles, \(generator.policies) policies, \(generator.groups) groups; bundle \(String(format: "%.1f", Double(bytes.count) / 1_048_576)) MB")

        var clock = ContinuousClock.now
        let document = try DocumentReader.parse(bytes, file: "bundle.json", syntax: .json)
        report("parse (JSONParser)", since: &clock)

        let importer = TencentCloudImporter()
        guard let format = importer.recognise(document) else { throw BenchmarkUsageError("generated bundle not recognised") }
        let outcome = importer.importDocuments([RecognisedDocument(document: document, format: format)])
        guard outcome.failures.isEmpty, let model = outcome.model as? TencentCloudModel else {
            throw BenchmarkUsageError("generated bundle failed to import: \(outcome.failures.first.map(String.init(describing:)) ?? "")")
        }
        report("import + trust linking (\(outcome.fragment.edges.count) edges)", since: &clock)

        var graph = PermissionGraph()
        graph.merge(outcome.fragment)
        if let authorizer = outcome.authorizer { graph.install(authorizer) }
        report("graph merge", since: &clock)

        let authorizer = CAMAuthorizer(model: model)
        var random = SeededRandom(seed: 42)
        let principals = Array(model.users.keys).sorted() + Array(model.roles.keys).sorted()
        let actions = ["cos:GetObject", "cvm:RunInstances", "cam:AttachUserPolicy", "tcr:PushRepository", "sts:AssumeRole", "cdb:DescribeDBInstances"]
        var allowed = 0
        for _ in 0..<decisions {
            let request = Request(
                principal: random.pick(principals), action: random.pick(actions),
                resource: random.pick(["*", "qcs::cos:ap-guangzhou:uid/1250000000:bucket-3-1250000000/a", "qcs::cvm:ap-guangzhou:uin/100000000001:instance/ins-7"]))
            if authorizer.decide(request, graph: graph).mayBeAllowed { allowed += 1 }
        }
        report("\(decisions) decisions (\(allowed) allowed or conditional)", since: &clock)

        let context = AnalysisContext(
            graph: graph, documents: [RecognisedDocument(document: document, format: format)],
            models: [.tencentcloud: model], configuration: Configuration(), today: "2026-12-01")
        var findings = 0
        for check in CheckCatalog.all { findings += check.init().findings(in: context).count }
        report("every check (\(findings) findings)", since: &clock)
    }

    private func report(_ phase: String, since clock: inout ContinuousClock.Instant) {
        let now = ContinuousClock.now
        let elapsed = now - clock
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(phase.padding(toLength: 60, withPad: " ", startingAt: 0) + String(format: "%8.3f s", seconds))
        clock = ContinuousClock.now
    }
}
