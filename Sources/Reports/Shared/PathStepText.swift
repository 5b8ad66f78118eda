import Analysis

/// One hop of a finding's path as a line of text: `alice ─memberOf→ admins (file:12) — reason`.
enum PathStepText {
    /// The hop, each piece of user text passed through `escape`. Without `includingLocation`
    /// the `(file:line)` part is left out (for formats that give the location structurally).
    static func line(_ step: PathStep, includingLocation: Bool = true, escape: (String) -> String) -> String {
        var text = "\(escape(step.from)) ─\(escape(step.kind))→ \(escape(step.to))"
        if includingLocation, let location = step.location { text += " (\(escape(LocationText.brief(location))))" }
        if !step.reason.isEmpty { text += " — \(escape(step.reason))" }
        return text
    }
}
