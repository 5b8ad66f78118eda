import Analysis
import Documents

/// One thing a report tells the user about the inputs: an error that stopped a file being
/// read, a warning about one that was read, or a note that a file was not read at all.
/// Every human format lists these first, in input order, then the warnings.
struct InputNotice {
    /// How serious it is.
    enum Level: String {
        case error, warning, note
    }

    /// How serious it is.
    var level: Level
    /// Where: the file, with the position and pointer when the notice has them.
    var location: FileLocation
    /// The stable error code, for errors and warnings that have one.
    var code: String?
    /// What happened, one line (unescaped).
    var message: String

    /// The notices of `result`: each input's errors, a note for each input not recognised or
    /// skipped, then the warnings.
    static func all(in result: AuditResult) -> [InputNotice] {
        var notices: [InputNotice] = []
        for input in result.inputs {
            let file = FileLocation(file: input.file)
            switch input.status {
            case .analysed:
                continue
            case .error where !input.errors.isEmpty:
                notices += input.errors.map { InputNotice(level: .error, $0) }
            case .error:
                notices.append(InputNotice(level: .error, location: file, message: "the input could not be read"))
            case .unrecognised:
                notices.append(InputNotice(level: .note, location: file, message: noted("not recognised", input.note)))
            case .skipped:
                notices.append(InputNotice(level: .note, location: file, message: noted("skipped", input.note)))
            }
        }
        return notices + result.warnings.map { InputNotice(level: .warning, $0) }
    }

    private init(level: Level, location: FileLocation, code: String? = nil, message: String) {
        self.level = level
        self.location = location
        self.code = code
        self.message = message
    }

    private init(level: Level, _ error: InputError) {
        self.init(level: level, location: error.location, code: error.code, message: error.fullMessage)
    }

    private static func noted(_ what: String, _ note: String?) -> String {
        note.map { "\(what): \($0)" } ?? what
    }
}
