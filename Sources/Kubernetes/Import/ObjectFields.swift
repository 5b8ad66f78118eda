import Documents

/// Field readers shared by the Kubernetes object readers: they refuse unrendered Helm templates
/// with a clear error instead of reading `{{ .Values.x }}` as data.
enum ObjectFields {
    /// The error code for an unrendered template.
    static let templateCode = "kubernetes.template"

    /// A string field's text.
    static func text(_ cursor: Cursor) throws(InputError) -> String {
        try refuseTemplate(cursor)
        let value = try cursor.string()
        if hasTemplateMarker(value) { throw templateError(cursor) }
        return value
    }

    /// An optional string field (absent or null gives nil).
    static func optionalText(_ cursor: Cursor, _ key: String) throws(InputError) -> String? {
        guard let field = try cursor.field(key), !field.isNull else { return nil }
        return try text(field)
    }

    /// A list of strings (absent or null gives an empty list).
    static func texts(_ cursor: Cursor, _ key: String) throws(InputError) -> [String] {
        guard let field = try cursor.field(key), !field.isNull else { return [] }
        try refuseTemplate(field)
        var result: [String] = []
        for element in try field.elements() { result.append(try text(element)) }
        return result
    }

    /// A string-to-string map such as `labels` (absent or null gives an empty map).
    static func textMap(_ cursor: Cursor, _ key: String) throws(InputError) -> [String: String] {
        guard let field = try cursor.field(key), !field.isNull else { return [:] }
        try refuseTemplate(field)
        var result: [String: String] = [:]
        for (name, value) in try field.entries() {
            result[name] = try value.scalarText()
        }
        return result
    }

    /// An optional boolean field.
    static func optionalBool(_ cursor: Cursor, _ key: String) throws(InputError) -> Bool? {
        guard let field = try cursor.field(key), !field.isNull else { return nil }
        try refuseTemplate(field)
        return try field.bool()
    }

    /// Throws when the node is what YAML makes of `{{ … }}`: a mapping whose key is a mapping.
    static func refuseTemplate(_ cursor: Cursor) throws(InputError) {
        if case .mapping(let entries) = cursor.node.value,
            entries.contains(where: { if case .mapping = $0.key.value { true } else { false } }) {
            throw templateError(cursor)
        }
        if case .string(let value) = cursor.node.value, hasTemplateMarker(value) {
            throw templateError(cursor)
        }
    }

    /// Whether the text holds `{{` (a byte scan: this runs on every string of an export).
    static func hasTemplateMarker(_ text: String) -> Bool {
        var previousWasBrace = false
        for byte in text.utf8 {
            let isBrace = byte == UInt8(ascii: "{")
            if isBrace && previousWasBrace { return true }
            previousWasBrace = isBrace
        }
        return false
    }

    static func templateError(_ cursor: Cursor) -> InputError {
        cursor.error(
            templateCode, "unrendered template expression: this is a Helm template, not a Kubernetes object",
            suggestion: "render it first with `helm template`")
    }
}
