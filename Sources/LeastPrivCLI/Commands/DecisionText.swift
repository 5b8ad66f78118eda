import Foundation
import AccessGraph
import Documents
import Reports

/// The plain-text forms of `can` and `who-can` answers.
enum DecisionText {
    /// `allow: P may A on R`, then the reasons and any conditions.
    static func text(_ decision: Decision, for request: Request) -> String {
        let verb: String
        switch decision.outcome {
        case .allow: verb = "may"
        case .conditionalAllow: verb = "may, only if the conditions below hold,"
        case .explicitDeny: verb = "is explicitly denied"
        case .implicitDeny: verb = "is not allowed (nothing grants it)"
        }
        var lines = ["\(decision.outcome.word): \(request.principal.rawValue) \(verb) \(request.action) on \(request.resource)"]
        if !decision.conditions.isEmpty {
            lines.append("conditions:")
            lines += decision.conditions.map { "  \($0)" + ($0.location.map { "  (\($0))" } ?? "") }
        }
        if !decision.reasons.isEmpty {
            lines.append("because:")
            lines += decision.reasons.map { "  \($0.detail)" + ($0.location.map { "  (\($0))" } ?? "") }
        }
        return visible(lines)
    }

    /// One line per allowed principal.
    static func whoCan(_ allowed: [(principal: Principal, decision: Decision)], action: String, resource: String) -> String {
        guard !allowed.isEmpty else { return visible(["no principal in the inputs may \(action) on \(resource)"]) }
        var lines = ["\(allowed.count) principal\(allowed.count == 1 ? "" : "s") may \(action) on \(resource):"]
        for (principal, decision) in allowed {
            var line = "  \(decision.outcome.word.padding(toLength: 12, withPad: " ", startingAt: 0))\(principal.id.rawValue)"
            if !decision.conditions.isEmpty {
                line += "  if " + decision.conditions.map(\.description).joined(separator: " and ")
            }
            lines.append(line)
        }
        return visible(lines)
    }

    /// The lines joined, each with its control characters made visible: principal names,
    /// actions and conditions come from inputs and the command line.
    private static func visible(_ lines: [String]) -> String {
        lines.map { VisibleText.escaping($0) }.joined(separator: "\n") + "\n"
    }
}
