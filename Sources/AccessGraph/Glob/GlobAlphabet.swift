/// One character per class of characters that a set of globs cannot tell apart, so that a search
/// trying only these characters sees every behaviour the globs have.
enum GlobAlphabet {
    /// The representatives: first one character that no glob names (so wildcards read as `x`),
    /// then every scalar the globs write, in the order written, then for each case-insensitive
    /// letter class whose written scalar a case-sensitive glob also names, another member of the
    /// class if it has one. Witnesses built from them read like the first glob.
    static func representatives(for globs: [Glob]) -> [UInt32] {
        var named = Set<UInt32>()
        var classes: [UInt32: UInt32] = [:]
        for glob in globs {
            for (token, written) in zip(glob.tokens, glob.writtenScalars) where !GlobToken.isWildcard(token) {
                if glob.caseSensitive {
                    named.insert(token)
                } else if classes[token] == nil {
                    classes[token] = written
                }
            }
        }
        var representatives = [unnamedScalar(avoiding: named, classes: classes)]
        var present = Set(representatives)
        for glob in globs {
            for (token, written) in zip(glob.tokens, glob.writtenScalars) where !GlobToken.isWildcard(token) {
                let scalar = glob.caseSensitive ? token : classes[token] ?? written
                if present.insert(scalar).inserted { representatives.append(scalar) }
            }
        }
        for (key, written) in classes.sorted(by: { $0.key < $1.key }) where named.contains(written) {
            if let member = GlobCaseFolding.members(ofClass: key).first(where: { !named.contains($0) }) {
                representatives.append(member)
            }
        }
        return representatives
    }

    /// A scalar outside every named scalar and letter class: `x` if possible, for readable
    /// witnesses, otherwise another letter or digit, otherwise a private-use scalar.
    private static func unnamedScalar(avoiding named: Set<UInt32>, classes: [UInt32: UInt32]) -> UInt32 {
        let readable = "xyzwvqjkabcdefghilmnoprstu0123456789".unicodeScalars.map(\.value)
        let isUnnamed = { (scalar: UInt32) in !named.contains(scalar) && classes[GlobCaseFolding.fold(scalar)] == nil }
        // The private-use scalars outnumber those any two patterns can name, so one is always left.
        return readable.first(where: isUnnamed)
            ?? (UInt32(0xE000)...0xF8FF).first(where: isUnnamed)
            ?? (UInt32(0xF0000)...0x10FFFD).first(where: isUnnamed)
            ?? 0x10FFFD
    }
}
