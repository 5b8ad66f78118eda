import Documents

/// How reports write a place in the inputs as plain text (unescaped; each reporter escapes it
/// for its format).
enum LocationText {
    /// `file:line:column` when the position is known, else `file:/pointer` (or `file` for the
    /// whole document) — where a finding is.
    static func precise(_ location: FileLocation) -> String {
        if let position = location.position { return "\(location.file):\(position.line):\(position.column)" }
        return pointerForm(location)
    }

    /// `file:line` when the line is known, else `file:/pointer` — where a path hop is written.
    static func brief(_ location: FileLocation) -> String {
        if let line = location.line { return "\(location.file):\(line)" }
        return pointerForm(location)
    }

    private static func pointerForm(_ location: FileLocation) -> String {
        let pointer = location.pointer.description
        return pointer.isEmpty ? location.file : "\(location.file):\(pointer)"
    }
}
