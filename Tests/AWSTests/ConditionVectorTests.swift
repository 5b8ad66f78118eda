import AccessGraph
import Documents
import Testing
@testable import AWS

/// Runs the condition-operator vectors (`vectors/conditions-*.json`): each case is a `Condition`
/// block, a context, and the expected truth (`yes`, `no`, `unknown`).
struct ConditionVectorTests {
    @Test func everyConditionVectorHolds() throws {
        let files = try VectorFiles.cases(prefix: "conditions-")
        #expect(!files.isEmpty)
        var count = 0
        for (source, cases) in files {
            #expect(!source.isEmpty)
            for testCase in cases {
                let name = try testCase.requiredField("name").string()
                let version = PolicyLanguageVersion(rawValue: try testCase.field("version")?.string() ?? "2012-10-17") ?? .current
                let clauses = try PolicyParser.conditionElement(testCase)
                let request = try Self.request(testCase)
                let expected = try testCase.requiredField("expect").string()
                var truth = Truth.yes
                for clause in clauses {
                    switch ConditionEvaluator.evaluate(clause, facts: request, version: version) {
                    case .no: truth = .no
                    case .unknown where truth == .yes: truth = .unknown
                    default: break
                    }
                }
                let word = switch truth { case .yes: "yes"; case .no: "no"; case .unknown: "unknown" }
                #expect(word == expected, "\(source): \(name)")
                count += 1
            }
        }
        #expect(count >= 40)
    }

    /// The facts of a case: its `context` (key → value or list) and `complete` flag.
    static func request(_ testCase: Cursor) throws -> RequestFacts {
        var values: [String: [String]] = [:]
        if let context = try testCase.field("context") {
            for (key, value) in try context.entries() {
                values[key] = try value.oneOrMany().map { try $0.scalarText() }
            }
        }
        let complete = try testCase.field("complete")?.bool() ?? false
        return RequestFacts(action: "s3:GetObject", resource: "arn:aws:s3:::bucket/key", context: RequestContext(values: values, isComplete: complete))
    }
}
