import AccessGraph
import Documents
import Reports

/// The JSON forms of `can` and `who-can` answers (the DESIGN §7 contract).
enum DecisionJSON {
    /// `{"principal","action","resource","decision","conditions","reasons","path"}`.
    static func value(_ decision: Decision, for request: Request) -> JSONValue {
        [
            "principal": .string(request.principal.rawValue),
            "action": .string(request.action),
            "resource": .string(request.resource),
            "decision": .string(decision.outcome.word),
            "conditions": .array(decision.conditions.map(condition)),
            "reasons": .array(decision.reasons.map(reason)),
            "path": [],
        ]
    }

    /// `{"action","resource","principals":[{"principal","decision","conditions","path"}]}`.
    static func whoCan(_ allowed: [(principal: Principal, decision: Decision)], action: String, resource: String) -> JSONValue {
        [
            "action": .string(action),
            "resource": .string(resource),
            "principals": .array(allowed.map { entry in
                [
                    "principal": .string(entry.principal.id.rawValue),
                    "decision": .string(entry.decision.outcome.word),
                    "conditions": .array(entry.decision.conditions.map(condition)),
                    "path": [],
                ]
            }),
        ]
    }

    private static func condition(_ condition: Condition) -> JSONValue {
        [
            "operator": .string(condition.operation),
            "key": .string(condition.key),
            "values": .array(condition.values.map(JSONValue.string)),
            "file": JSONValue(condition.location?.file),
            "line": JSONValue(condition.location?.line),
            "pointer": JSONValue(condition.location.map { $0.pointer.description }),
        ]
    }

    private static func reason(_ reason: DecisionReason) -> JSONValue {
        [
            "file": JSONValue(reason.location?.file),
            "line": JSONValue(reason.location?.line),
            "pointer": JSONValue(reason.location.map { $0.pointer.description }),
            "detail": .string(reason.detail),
        ]
    }
}
