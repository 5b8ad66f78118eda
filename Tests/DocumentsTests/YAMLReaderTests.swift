import Testing
@testable import Documents

/// Streams, tags, keys and errors of the YAML reader.
struct YAMLReaderTests {
    @Test(arguments: ["", "# only a comment\n", "\n\n"])
    func emptyStreamHasNoRoots(_ text: String) throws {
        #expect(try Read.yaml(text).roots.isEmpty)
    }

    @Test func explicitEmptyDocumentIsNull() throws {
        #expect(try Read.yaml("---\n").roots == [Node(.null, at: Documents.SourceLocation(line: 2, column: 1))])
    }

    @Test func multiDocumentStreamHasOneRootPerDocument() throws {
        let document = try Read.yaml("kind: Role\n---\nkind: RoleBinding\n...\n---\n- x\n")
        #expect(document.roots.count == 3)
        let cursors = document.rootCursors
        #expect(try cursors[1].requiredField("kind").string() == "RoleBinding")
        #expect(cursors[1].location.documentIndex == 1)
        #expect(try cursors[1].requiredField("kind").location.position == Documents.SourceLocation(line: 3, column: 7))
        #expect(try cursors[2].elements().map { try $0.string() } == ["x"])
    }

    @Test func documentLimitIsEnforced() {
        let error = Read.error { () throws(InputError) in
            try Read.yaml("a: 1\n---\nb: 2\n---\nc: 3\n", limits: DocumentLimits(maximumDocuments: 2))
        }
        #expect(error?.code == "input.limit.documents")
        #expect(error?.location.position == Documents.SourceLocation(line: 4, column: 1))
    }

    @Test func onKeyIsTheStringOn() throws {
        let document = try Read.yaml("on:\n  push: {}\nenabled: yes\n")
        guard case .mapping(let entries) = document.roots[0].value else { Issue.record("not a mapping"); return }
        #expect(entries[0].key.value == .string("on"))
        #expect(entries[1].value.value == .string("yes"))
        #expect(try document.root().field("on") != nil)
    }

    @Test func aliasCopiesTheAnchoredNode() throws {
        let document = try Read.yaml("base: &rules\n  verbs: [get, list]\nrole: *rules\nname: &n admin\nalso: *n\n")
        let root = document.root()
        #expect(try root.requiredField("role").node == root.requiredField("base").node)
        #expect(try root.requiredField("also").string() == "admin")
    }

    @Test func mergeKeysAreKeptAsWritten() throws {
        let document = try Read.yaml("base: &b {a: 1}\nderived:\n  <<: *b\n  c: 2\n")
        let derived = try document.root().requiredField("derived")
        #expect(try derived.entries().map(\.key) == ["<<", "c"])
        #expect(try derived.field("a") == nil)
        #expect(try derived.requiredField("<<").requiredField("a").int() == 1)
    }

    @Test func undefinedAliasIsAnError() {
        let error = Read.error { () throws(InputError) in try Read.yaml("a: *missing\n") }
        #expect(error?.code == "input.yaml.alias")
        #expect(error?.description == "t.yaml:1:4: error: [input.yaml.alias] alias `*missing` names no anchor defined before it")
    }

    @Test func cloudFormationTagsAreKeptWithTheUntaggedValue() throws {
        let document = try Read.yaml("""
            Bucket: !Ref MyBucket
            Arn: !GetAtt Role.Arn
            Name: !Sub
              - "${Env}-x"
              - Env: prod
            Port: !Ref 80
            Blob: !!binary aGVsbG8=
            """)
        let root = document.root()
        #expect(try root.requiredField("Bucket").node == Node(.string("MyBucket"), at: Documents.SourceLocation(line: 1, column: 9), tag: "!Ref"))
        #expect(try root.requiredField("Arn").node.tag == "!GetAtt")
        let sub = try root.requiredField("Name")
        #expect(sub.node.tag == "!Sub")
        #expect(try sub.elements().count == 2)
        #expect(try root.requiredField("Port").node.value == .int(80))
        #expect(try root.requiredField("Blob").node.tag == "!!binary")
    }

    @Test func coreTagsAreHonoured() throws {
        let root = try Read.yaml("""
            a: !!str 123
            b: !!int "42"
            c: !!float 1
            d: !!bool "true"
            e: !!null ""
            f: !!seq [1]
            g: !!map {x: 1}
            h: ! 12
            i: '12'
            j: |
              12
            """).root()
        #expect(try root.requiredField("a").node.value == .string("123"))
        #expect(try root.requiredField("b").node.value == .int(42))
        #expect(try root.requiredField("c").node.value == .double(1))
        #expect(try root.requiredField("d").node.value == .bool(true))
        #expect(try root.requiredField("e").node.value == .null)
        #expect(try root.requiredField("f").node.tag == nil)
        #expect(try root.requiredField("g").node.tag == nil)
        #expect(try root.requiredField("h").node.value == .string("12"))
        #expect(try root.requiredField("i").node.value == .string("12"))
        #expect(try root.requiredField("j").node.value == .string("12"))
    }

    @Test(arguments: [
        ("a: !!bool yes", "t.yaml:1:4: error: [input.yaml.tag] `yes` is not a valid `!!bool` value"),
        ("a: !!int 1.5", "t.yaml:1:4: error: [input.yaml.tag] `1.5` is not a valid `!!int` value"),
        ("a: !!map [1]", "t.yaml:1:4: error: [input.yaml.tag] tag `!!map` does not apply to a sequence"),
        ("a: !!seq x", "t.yaml:1:4: error: [input.yaml.tag] `x` is not a valid `!!seq` value"),
    ])
    func tagMismatchesAreErrors(text: String, expected: String) {
        #expect(Read.error { () throws(InputError) in try Read.yaml(text) }?.description == expected)
    }

    @Test(arguments: [
        ("a: b: c\n", "t.yaml:1:5: error: [input.yaml.syntax] mapping values are not allowed in this context"),
        ("a: [1, 2\n", "t.yaml:2:1: error: [input.yaml.syntax] did not find expected ',' or ']' (while parsing a flow sequence at 1:4)"),
        ("key: \"open\n", "t.yaml:2:1: error: [input.yaml.syntax] found unexpected end of stream (while scanning a quoted scalar at 1:6)"),
        ("a:\n  - b\n c: d\n", "t.yaml:3:2: error: [input.yaml.syntax] did not find expected key (while parsing a block mapping at 1:1)"),
    ])
    func syntaxErrorsCarryLibyamlsProblemAndMark(text: String, expected: String) {
        #expect(Read.error { () throws(InputError) in try Read.yaml(text) }?.description == expected)
    }

    @Test func invalidUTF8IsAnEncodingError() {
        let error = Read.error { () throws(InputError) in
            try YAMLReader.parse(Array("a: b\nc: ".utf8) + [0xFF], file: "t.yaml", limits: .default)
        }
        #expect(error?.code == "input.yaml.encoding")
        #expect(error?.location.position == Documents.SourceLocation(line: 2, column: 4))
    }

    @Test func complexKeysAndNonStringKeysAreKept() throws {
        let document = try Read.yaml("1: one\ntrue: yes\n? [a, b]\n: pair\n")
        guard case .mapping(let entries) = document.roots[0].value else { Issue.record("not a mapping"); return }
        #expect(entries.map(\.key.value) == [.int(1), .bool(true), .sequence([
            Node(.string("a"), at: Documents.SourceLocation(line: 3, column: 4)),
            Node(.string("b"), at: Documents.SourceLocation(line: 3, column: 7)),
        ])])
        let error = Read.error { () throws(InputError) in
            _ = try document.root().entries()
            return document
        }
        #expect(error?.message == "expected a scalar key, found a sequence")
    }
}
