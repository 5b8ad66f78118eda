// Test doubles shared by the test targets: a provider that reads a tiny JSON format, an
// authorizer with fixed rules and a check that reports every principal.
import AccessGraph
import Documents
import Analysis

/// A provider for pipeline tests: it recognises JSON documents with a `fake-users` key and makes
/// one user per entry (an entry that is not a string fails its document), and a `memberOf` edge
/// per `[from, to]` pair under `fake-edges`.
public struct FakeImporter: Importer {
    /// The one format it reads.
    public static let format = InputFormat(id: "fake.users", provider: .aws, title: "test users")
    /// Makes the importer.
    public init() {}
    public var provider: Provider { .aws }
    public var formats: [InputFormat] { [Self.format] }

    public func recognise(_ document: Document) -> InputFormat? {
        guard document.syntax == .json, let root = document.roots.first, case .mapping(let entries) = root.value,
              entries.contains(where: { $0.key.stringValue == "fake-users" })
        else { return nil }
        return Self.format
    }

    public func importDocuments(_ documents: [RecognisedDocument]) -> ImportOutcome {
        var outcome = ImportOutcome(authorizer: FakeAuthorizer())
        for recognised in documents {
            do throws(InputError) {
                var fragment = GraphFragment()
                for user in try recognised.document.root().requiredField("fake-users").elements() {
                    let name = try user.string()
                    fragment.principals.append(Principal(
                        id: PrincipalID("fake:user/\(name)"), provider: .aws, kind: .user, displayName: name,
                        provenance: user.location))
                }
                if let edges = try recognised.document.root().field("fake-edges") {
                    for pair in try edges.elements() {
                        let ends = try pair.elements()
                        guard ends.count == 2 else { throw pair.mismatch(expected: "a pair [from, to]") }
                        let from = PrincipalID("fake:user/\(try ends[0].string())"), to = PrincipalID("fake:user/\(try ends[1].string())")
                        if let edge = Edge(from: from, to: to, kind: .memberOf, reason: "listed in fake-edges", source: pair.location) {
                            fragment.edges.append(edge)
                        }
                    }
                }
                outcome.fragment.append(fragment)
            } catch {
                outcome.failures.append(error)
            }
        }
        return outcome
    }
}

/// Allows `read` to everyone and nothing else; `write` is allowed only if `mfa` is true.
public struct FakeAuthorizer: Authorizer {
    /// Makes the authorizer.
    public init() {}
    public var provider: Provider { .aws }

    public func decide(_ request: Request, graph: PermissionGraph) -> Decision {
        switch request.action {
        case "read":
            return Decision(.allow, reasons: [DecisionReason(detail: "everyone may read")])
        case "write":
            switch request.context.lookup("mfa") {
            case .present(let values) where values == ["true"]:
                return Decision(.allow, reasons: [DecisionReason(detail: "writes need mfa")])
            case .unknown:
                return Decision(.conditionalAllow([Condition(operation: "Bool", key: "mfa", values: ["true"])]), reasons: [])
            default:
                return Decision(.implicitDeny, reasons: [])
            }
        default:
            return Decision(.implicitDeny, reasons: [])
        }
    }
}

/// Reports one finding per principal, for suppression and ordering tests.
public struct EveryPrincipalCheck: Check {
    /// Makes the check.
    public init() {}
    public static let description = CheckDescription(
        id: "LP9999", slug: "every-principal", title: "Principal exists", category: .policyLint, severity: .medium,
        rationale: "test", remediation: "none", triggering: [], nonTriggering: [])

    public func findings(in context: AnalysisContext) -> [Finding] {
        context.graph.sortedPrincipals.map { principal in
            finding(message: "principal `\(principal.displayName)`", principal: principal.id.rawValue, locations: [principal.provenance], anchor: "p")
        }
    }
}
