import Testing
@testable import Reports

/// A cell a spreadsheet would run as a formula gets a leading `'`; cells with separators,
/// quotes or line breaks are quoted with quotes doubled; everything else is left alone.
@Test(arguments: [
    ("=1+2", "'=1+2"),
    ("+1", "'+1"),
    ("-1", "'-1"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"),
    ("\rx", "\"'\rx\""),
    ("=HYPERLINK(\"u\",\"v\")", "\"'=HYPERLINK(\"\"u\"\",\"\"v\"\")\""),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("x=1", "x=1"),
    ("esc\u{1B}[2J", "esc\\x1B[2J"),
    ("", ""),
])
func csvField(value: String, encoded: String) {
    #expect(CSVField.encoded(value) == encoded)
}

/// The report is RFC 4180: a header, one record per finding, every record ended by CRLF, the
/// same number of fields in each.
@Test func csvReportShape() throws {
    let output = CSVReporter().render(SampleAudit.result)
    #expect(output.hasPrefix(CSVReporter.columns.joined(separator: ",") + "\r\n"))
    let records = try parseCSV(output)
    #expect(records.count == SampleAudit.findings.count + 1)
    #expect(records.allSatisfy { $0.count == CSVReporter.columns.count })
    let hostile = records[3]
    #expect(hostile[8] == "'=HYPERLINK(\"http://evil.example\",\"click\")")
    #expect(hostile[5].hasPrefix("job `=cmd|") && hostile[5].contains("\nCRITICAL forged"))
    #expect(records[2][10] == "" && records[2][12] == "/members/3")
}

/// A strict RFC 4180 reader for the test: records end with CRLF; quoted fields may hold
/// anything, with `""` for a quote.
private func parseCSV(_ text: String) throws -> [[String]] {
    struct Malformed: Error {}
    var records: [[String]] = [], record: [String] = [], field = ""
    var scalars = Array(text.unicodeScalars)[...]
    var quoted = false, wasQuoted = false
    while let scalar = scalars.popFirst() {
        if quoted {
            if scalar == "\"" {
                if scalars.first == "\"" { scalars.removeFirst(); field += "\"" } else { quoted = false }
            } else {
                field.unicodeScalars.append(scalar)
            }
            continue
        }
        switch scalar {
        case "\"" where field.isEmpty && !wasQuoted: quoted = true; wasQuoted = true
        case ",": record.append(field); field = ""; wasQuoted = false
        case "\r":
            guard scalars.popFirst() == "\n" else { throw Malformed() }
            record.append(field); records.append(record); record = []; field = ""; wasQuoted = false
        case "\n", "\"": throw Malformed()
        default: field.unicodeScalars.append(scalar)
        }
    }
    guard record.isEmpty, field.isEmpty, !quoted else { throw Malformed() }
    return records
}
