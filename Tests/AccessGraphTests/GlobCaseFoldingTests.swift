import Testing
@testable import AccessGraph

@Suite("glob case folding")
struct GlobCaseFoldingTests {
    /// Scalars that simple case folding puts in one class.
    static let together: [(Unicode.Scalar, Unicode.Scalar)] = [
        ("A", "a"), ("K", "\u{212A}"), ("s", "\u{17F}"), ("\u{3C3}", "\u{3C2}"), ("\u{3A3}", "\u{3C2}"),
        ("\u{3B8}", "\u{3D1}"), ("\u{B5}", "\u{3BC}"), ("\u{1C5}", "\u{1C6}"), ("\u{1C4}", "\u{1C5}"),
        ("\u{1E9E}", "\u{DF}"), ("\u{13A0}", "\u{AB70}"), ("\u{C9}", "\u{E9}"), ("\u{410}", "\u{430}"),
        ("\u{FF21}", "\u{FF41}"), ("\u{10400}", "\u{10428}"),
    ]

    /// Scalars that stay apart: Turkic dotless and dotted i, and mappings to several scalars.
    static let apart: [(Unicode.Scalar, Unicode.Scalar)] = [
        ("i", "\u{131}"), ("I", "\u{131}"), ("i", "\u{130}"), ("\u{DF}", "s"), ("a", "b"), ("1", "!"),
        ("e", "\u{E9}"),
    ]

    @Test("fold together", arguments: together)
    func foldTogether(_ left: Unicode.Scalar, _ right: Unicode.Scalar) {
        #expect(GlobCaseFolding.fold(left.value) == GlobCaseFolding.fold(right.value))
        #expect(Glob(String(left), caseSensitive: false).matches(String(right)))
        #expect(!Glob(String(left), caseSensitive: true).matches(String(right)))
    }

    @Test("stay apart", arguments: apart)
    func stayApart(_ left: Unicode.Scalar, _ right: Unicode.Scalar) {
        #expect(GlobCaseFolding.fold(left.value) != GlobCaseFolding.fold(right.value))
        #expect(!Glob(String(left), caseSensitive: false).matches(String(right)))
    }

    @Test("the ASCII fast path agrees with the general rule")
    func asciiAgrees() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            let expected = String(scalar).lowercased().unicodeScalars.first!.value
            #expect(GlobCaseFolding.fold(value) == expected)
        }
    }

    @Test("folding twice changes nothing")
    func idempotent() {
        let samples: [UInt32] = [0x41, 0xDF, 0x130, 0x131, 0x17F, 0x1C5, 0x345, 0x3C2, 0x1E9E, 0x212A, 0x13A0, 0xAB70, 0x1F88]
        for value in samples {
            let folded = GlobCaseFolding.fold(value)
            #expect(GlobCaseFolding.fold(folded) == folded)
        }
    }

    /// A folded value and every scalar that folds to it.
    static let classes: [(UInt32, [UInt32])] = [
        (0x6B, [0x4B, 0x6B, 0x212A]),
        (0x73, [0x53, 0x73, 0x17F]),
        (0x31, [0x31]),
        (0x3C3, [0x3A3, 0x3C2, 0x3C3]),
        (0x131, [0x131]),
    ]

    @Test("class members are every scalar that folds to the key", arguments: classes)
    func classMembers(key: UInt32, members: [UInt32]) {
        #expect(GlobCaseFolding.members(ofClass: key) == members)
    }
}
