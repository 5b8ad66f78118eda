import AccessGraph
import Documents

/// Readers for the API's inconsistently typed fields.
enum FlexibleFields {
    /// An id written as an integer or a string (`PolicyId` 1 or "219064"; 19-digit `RoleId`s as
    /// strings so no digit is lost).
    static func identifier(_ cursor: Cursor) throws(InputError) -> String {
        switch cursor.node.value {
        case .int(let number): return String(number)
        case .string(let text) where !text.isEmpty: return text
        default: throw cursor.mismatch(expected: "an id (an integer or a string)")
        }
    }

    /// A policy type: custom (`1`, `"1"`, `"user"`, `"User"`) or preset (`2`, `"2"`, `"QCS"`).
    /// Returns whether it is preset; nil when the value is none of those.
    static func isPresetPolicyType(_ cursor: Cursor) -> Bool? {
        switch cursor.node.scalarText?.lowercased() {
        case "1", "user", "custom": false
        case "2", "qcs", "preset": true
        default: nil
        }
    }

    /// A 0/1 flag written as an integer, a string or a boolean.
    static func flag(_ cursor: Cursor) throws(InputError) -> Bool {
        switch cursor.node.value {
        case .bool(let value): return value
        case .int(let number) where number == 0 || number == 1: return number == 1
        case .string(let text) where ["0", "1", "true", "false"].contains(text.lowercased()):
            return text == "1" || text.lowercased() == "true"
        default: throw cursor.mismatch(expected: "a flag (0, 1, true or false)")
        }
    }

    /// The text of an optional scalar field.
    static func text(_ cursor: Cursor, _ key: String) throws(InputError) -> String? {
        guard let field = try cursor.field(key), !field.isNull else { return nil }
        return try field.scalarText()
    }
}
