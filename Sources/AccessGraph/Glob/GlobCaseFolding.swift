/// How case-insensitive globs compare characters: Unicode simple case folding, one scalar at a
/// time.
///
/// The folded value of a scalar is the lowercase of its uppercase, each step taken only when
/// Unicode maps the scalar to exactly one scalar (the simple mapping); a scalar whose full mapping
/// is several scalars keeps itself at that step (`ß` stays `ß`, it never becomes `ss`). This puts
/// in one class exactly the scalars that `CaseFolding.txt`'s simple folding (status C and S) does:
/// `K`, `k` and the Kelvin sign; `S`, `s` and `ſ`; `Σ`, `σ` and `ς`; `ǅ` with `Ǆ` and `ǆ`. Like
/// that table without its Turkic (T) lines, the dotless `ı` stays apart from `i`, and the dotted
/// `İ` from both.
enum GlobCaseFolding {
    /// The folded value of a scalar value: equal for two scalars exactly when they are the same
    /// letter ignoring case.
    @inline(__always)
    static func fold(_ value: UInt32) -> UInt32 {
        if value < 0x80 {
            return (0x41...0x5A).contains(value) ? value + 0x20 : value
        }
        return foldBeyondASCII(value)
    }

    private static let dotlessI: UInt32 = 0x131

    private static func foldBeyondASCII(_ value: UInt32) -> UInt32 {
        guard value != dotlessI, let scalar = Unicode.Scalar(value), scalar.properties.changesWhenCaseMapped else {
            return value
        }
        let upper = single(scalar.properties.uppercaseMapping) ?? scalar
        let lower = single(upper.properties.lowercaseMapping) ?? upper
        return lower.value
    }

    /// The only scalar of a mapping, or nil when the mapping has several.
    private static func single(_ mapping: String) -> Unicode.Scalar? {
        var scalars = mapping.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first
    }

    /// Every scalar value whose folded value is `key`, ascending.
    static func members(ofClass key: UInt32) -> [UInt32] {
        var members = casedMembersByFoldedValue[key] ?? []
        if let scalar = Unicode.Scalar(key), !scalar.properties.changesWhenCaseMapped, fold(key) == key {
            members.append(key)
            members.sort()
        }
        return members
    }
}

/// Folded value → the scalars that fold to it, for every scalar that case mapping changes (the
/// others fold to themselves). Built once, on first use: only glob comparison across case
/// sensitivities needs it.
private let casedMembersByFoldedValue: [UInt32: [UInt32]] = {
    var table: [UInt32: [UInt32]] = [:]
    for value in UInt32(0)...0x10FFFF {
        guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenCaseMapped else { continue }
        table[GlobCaseFolding.fold(value), default: []].append(value)
    }
    return table
}()
