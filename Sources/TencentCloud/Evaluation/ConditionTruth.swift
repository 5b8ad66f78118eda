/// The value of a condition for a request: decided either way, or undecided because the request
/// does not say what a key is.
public enum ConditionTruth: Sendable, Hashable {
    case satisfied
    case violated
    case undecided
}
