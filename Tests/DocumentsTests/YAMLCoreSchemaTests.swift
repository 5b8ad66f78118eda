import Foundation
import Testing
@testable import Documents

/// The YAML 1.2 core schema's resolution table (`Tests/Fixtures/Documents/yaml-core-schema.tsv`)
/// applied to plain scalars read through libyaml, and the same text quoted staying a string.
struct YAMLCoreSchemaTests {
    struct Row: Sendable, CustomStringConvertible {
        let text: String
        let kind: String
        let value: String
        var description: String { "`\(text)` → \(kind) \(value)" }
    }

    static let rows: [Row] = {
        guard let data = try? Fixtures.bytes("yaml-core-schema.tsv") else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Row(text: columns[0], kind: columns[1], value: columns.count > 2 ? columns[2] : "")
        }
    }()

    @Test func tableIsPresent() {
        #expect(Self.rows.count > 50)
    }

    @Test(arguments: rows)
    func plainScalarResolves(_ row: Row) throws {
        let text = "key: \(row.text)\n"
        if row.kind == "out-of-range" {
            let error = Read.error { () throws(InputError) in try Read.yaml(text) }
            #expect(error?.code == "input.yaml.number-range")
            #expect(error?.location.position == Documents.SourceLocation(line: 1, column: 6))
            return
        }
        let value = try Read.yaml(text).root().requiredField("key").node.value
        switch row.kind {
        case "null": #expect(value == .null)
        case "bool": #expect(value == .bool(row.value == "true"))
        case "int": #expect(value == .int(Int(row.value)!))
        case "float":
            guard case .double(let number) = value else {
                Issue.record("expected a float, found \(value)")
                return
            }
            switch row.value {
            case "nan": #expect(number.isNaN)
            case "inf": #expect(number == .infinity)
            case "-inf": #expect(number == -.infinity)
            default:
                #expect(number == Double(row.value)!)
                #expect(number.sign == Double(row.value)!.sign)
            }
        default: #expect(value == .string(row.text))
        }
    }

    @Test(arguments: rows.filter { !$0.text.isEmpty })
    func quotedScalarIsAString(_ row: Row) throws {
        let single = try Read.yaml("key: '\(row.text)'").root().requiredField("key").node.value
        let double = try Read.yaml("key: \"\(row.text)\"").root().requiredField("key").node.value
        #expect(single == .string(row.text))
        #expect(double == .string(row.text))
    }
}
