import Analysis

/// The few SGR styles the text report uses. Only fixed words of the report are styled; text
/// from the inputs is never styled and is always escaped first.
enum ANSIStyle: String {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case boldRed = "1;31"
    case green = "32"
    case boldYellow = "1;33"
    case yellow = "33"
    case cyan = "36"
    case boldCyan = "1;36"

    /// The style a severity is shown in.
    init(_ severity: Severity) {
        switch severity {
        case .critical: self = .boldRed
        case .high: self = .red
        case .medium: self = .yellow
        case .low: self = .cyan
        case .info: self = .dim
        }
    }

    /// `text` wrapped in this style and a reset.
    func apply(to text: String) -> String {
        "\u{1B}[\(rawValue)m\(text)\u{1B}[0m"
    }
}
