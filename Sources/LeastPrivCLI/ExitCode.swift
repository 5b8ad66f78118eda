/// The exit codes scripts and CI depend on (DESIGN §7).
public enum ExitCode: Int32, Sendable {
    /// Nothing at or above the failure threshold; for `can`, the request is allowed.
    case success = 0
    /// Findings at or above the threshold; for `can`, the request is not allowed.
    case findings = 1
    /// The command line is wrong, or the command is not available yet.
    case usage = 2
    /// An input could not be read or is invalid.
    case inputError = 3
}
