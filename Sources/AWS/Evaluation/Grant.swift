import AccessGraph

/// Whether one layer of evaluation (identity policies, a boundary, an SCP level) allows a
/// request, with the statements that decided it.
struct Grant: Sendable {
    enum State: Sendable {
        case no
        case yes
        case conditional([Condition])
    }

    var state: State
    var reasons: [DecisionReason]

    static func no(_ reasons: [DecisionReason]) -> Grant { Grant(state: .no, reasons: reasons) }
    static func yes(_ reasons: [DecisionReason]) -> Grant { Grant(state: .yes, reasons: reasons) }

    var isNo: Bool {
        if case .no = state { return true }
        return false
    }

    /// Either grant suffices: a definite allow wins; otherwise the conditional allow needing the
    /// fewest conditions (one sufficient alternative — documented in docs/aws.md).
    func or(_ other: Grant) -> Grant {
        switch (state, other.state) {
        case (.yes, _): return self
        case (_, .yes): return other
        case (.conditional(let mine), .conditional(let theirs)):
            return theirs.count < mine.count ? other : self
        case (.conditional, .no): return self
        case (.no, .conditional): return other
        case (.no, .no): return Grant(state: .no, reasons: reasons + other.reasons)
        }
    }

    /// Both must allow: a no wins; conditions add up.
    func and(_ other: Grant) -> Grant {
        switch (state, other.state) {
        case (.no, _): return self
        case (_, .no): return other
        case (.yes, .yes): return Grant(state: .yes, reasons: reasons + other.reasons)
        case (.conditional(let mine), .yes): return Grant(state: .conditional(mine), reasons: reasons + other.reasons)
        case (.yes, .conditional(let theirs)): return Grant(state: .conditional(theirs), reasons: reasons + other.reasons)
        case (.conditional(let mine), .conditional(let theirs)):
            return Grant(state: .conditional(mine + theirs.filter { !mine.contains($0) }), reasons: reasons + other.reasons)
        }
    }
}
