import Documents
@testable import Kubernetes

/// A semantics vector file: a `source` header and cases of objects with requests, single rules
/// with requests, and rule-set comparisons.
struct VectorFile {
    struct Expectation: CustomStringConvertible {
        var request: RBACRequest
        var allowed: Bool
        var location: FileLocation
        var description: String { "\(location): \(request.user) \(request.groups) \(request.summary) → \(allowed)" }
    }

    struct AuthorizerCase {
        var name: String
        var cluster: ClusterModel
        var expectations: [Expectation]
    }

    struct RuleCase {
        var name: String
        var rule: PolicyRule
        var expectations: [Expectation]
    }

    struct CoversCase {
        var name: String
        var owner: [PolicyRule]
        var servant: [PolicyRule]
        var covered: Bool
        var uncovered: [PolicyRule]
    }

    var source: String
    var authorizerCases: [AuthorizerCase] = []
    var ruleCases: [RuleCase] = []
    var coversCases: [CoversCase] = []
    var urlCovers: [(owner: String, requested: String, covers: Bool)] = []

    init(_ path: String) throws {
        let document = try Fixtures.document(path)
        let root = document.root()
        source = try root.requiredField("source").string()
        if let cases = try root.field("authorizer") {
            for item in try cases.elements() {
                let objects = try item.requiredField("objects")
                var reader = KubernetesObjectReader()
                for object in try objects.elements() { try reader.readObject(object, defaultKind: nil) }
                var cluster = ClusterModel(name: "vectors")
                cluster.add(reader.objects)
                Aggregation.recompute(&cluster)
                authorizerCases.append(AuthorizerCase(
                    name: try item.requiredField("name").string(), cluster: cluster,
                    expectations: try Self.expectations(try item.requiredField("requests"))))
            }
        }
        if let cases = try root.field("rules") {
            for item in try cases.elements() {
                ruleCases.append(RuleCase(
                    name: try item.requiredField("name").string(), rule: try RBACObjectReader.policyRule(try item.requiredField("rule")),
                    expectations: try Self.expectations(try item.requiredField("requests"))))
            }
        }
        if let cases = try root.field("covers") {
            for item in try cases.elements() {
                func rules(_ key: String) throws -> [PolicyRule] {
                    guard let list = try item.field(key) else { return [] }
                    return try list.elements().map { try Self.comparatorRule($0) }
                }
                coversCases.append(CoversCase(
                    name: try item.requiredField("name").string(), owner: try rules("owner"), servant: try rules("servant"),
                    covered: try item.requiredField("covered").bool(), uncovered: try rules("uncovered")))
            }
        }
        if let cases = try root.field("urlCovers") {
            for item in try cases.elements() {
                urlCovers.append((try item.requiredField("owner").string(), try item.requiredField("requested").string(), try item.requiredField("covers").bool()))
            }
        }
    }

    /// A rule for the comparator, which may have no verbs.
    static func comparatorRule(_ cursor: Cursor) throws -> PolicyRule {
        PolicyRule(
            verbs: try ObjectFields.texts(cursor, "verbs"), apiGroups: try ObjectFields.texts(cursor, "apiGroups"),
            resources: try ObjectFields.texts(cursor, "resources"), resourceNames: try ObjectFields.texts(cursor, "resourceNames"),
            nonResourceURLs: try ObjectFields.texts(cursor, "nonResourceURLs"))
    }

    static func expectations(_ list: Cursor) throws -> [Expectation] {
        try list.elements().map { item in
            func text(_ key: String) throws -> String { try item.field(key).map { try $0.string() } ?? "" }
            let groups = try ObjectFields.texts(item, "groups")
            let request: RBACRequest
            if let path = try item.field("path") {
                request = .nonResource(user: try text("user"), groups: groups, verb: try text("verb"), path: try path.string())
            } else {
                request = .resource(
                    user: try text("user"), groups: groups, verb: try text("verb"), apiGroup: try text("group"),
                    resource: try text("resource"), subresource: try text("subresource"), name: try text("name"),
                    namespace: try text("namespace"))
            }
            return Expectation(request: request, allowed: try item.requiredField("allowed").bool(), location: item.location)
        }
    }
}
