import AccessGraph
import Documents

/// Reads `DescribeSafeAuthFlagColl`: which factors protect login (`LoginFlag`) and sensitive
/// operations (`ActionFlag`).
///
/// Strong factors: `Token` (virtual MFA), `Stoken` (hardware token), `U2FToken`, `Passkey`;
/// weak factors: `Phone` (SMS), `Mail`, `Wechat`. Login protection with a strong factor is
/// `enforced`; with only weak factors `weak`; with none `none`.
enum MFAFlags {
    static let strongFactors = ["Token", "Stoken", "U2FToken", "Passkey"]
    static let weakFactors = ["Phone", "Mail", "Wechat"]

    /// The factors set to 1 in a flag object.
    static func enabledFactors(_ cursor: Cursor?) throws(InputError) -> [String] {
        guard let cursor, !cursor.isNull else { return [] }
        var result: [String] = []
        for (key, value) in try cursor.entries() where (strongFactors + weakFactors).contains(key) {
            if try FlexibleFields.flag(value) { result.append(key) }
        }
        return result
    }

    /// The MFA state the flags show.
    static func state(login: [String], action: [String], location: FileLocation) -> MFAState {
        let evidence = "DescribeSafeAuthFlagColl LoginFlag: \(login.isEmpty ? "none" : login.joined(separator: ", ")); ActionFlag: \(action.isEmpty ? "none" : action.joined(separator: ", "))"
        if login.contains(where: strongFactors.contains) { return MFAState(status: .enforced, evidence: evidence, location: location) }
        if !login.isEmpty { return MFAState(status: .weak, evidence: evidence, location: location) }
        return MFAState(status: .none, evidence: evidence, location: location)
    }
}
