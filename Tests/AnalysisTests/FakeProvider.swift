import AccessGraph
import Documents
@testable import Analysis

/// A provider for pipeline tests: it recognises JSON documents with a `fake-users` key and makes
/// one user per entry; an entry that is not a string fails its document.
struct FakeImporter: Importer {
    static let format = InputFormat(id: "fake.users", provider: .aws, title: "test users")
    var provider: Provider { .aws }
    var formats: [InputFormat] { [Self.format] }

    func recognise(_ document: Document) -> InputFormat? {
        guard document.syntax == .json, let root = document.roots.first, case .mapping(let entries) = root.value,
              entries.contains(where: { $0.key.stringValue == "fake-users" })
        else { return nil }
        return Self.format
    }

    func importDocuments(_ documents: [RecognisedDocument]) -> ImportOutcome {
        var outcome = ImportOutcome(authorizer: FakeAuthorizer())
        for recognised in documents {
            do {
                var fragment = GraphFragment()
                for user in try recognised.document.root().requiredField("fake-users").elements() {
                    let name = try user.string()
                    fragment.principals.append(Principal(
                        id: PrincipalID("fake:user/\(name)"), provider: .aws, kind: .user, displayName: name,
                        provenance: user.location))
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
struct FakeAuthorizer: Authorizer {
    var provider: Provider { .aws }

    func decide(_ request: Request, graph: PermissionGraph) -> Decision {
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
struct EveryPrincipalCheck: Check {
    static let description = CheckDescription(
        id: "LP9999", slug: "every-principal", title: "Principal exists", category: .policyLint, severity: .medium,
        rationale: "test", remediation: "none", triggering: [], nonTriggering: [])

    func findings(in context: AnalysisContext) -> [Finding] {
        context.graph.sortedPrincipals.map { principal in
            finding(message: "principal `\(principal.displayName)`", principal: principal.id.rawValue, locations: [principal.provenance], anchor: "p")
        }
    }
}
