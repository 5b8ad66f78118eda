import Testing
@testable import Documents

/// Accept/reject vectors in the spirit of JSONTestSuite, one file each under
/// `Tests/Fixtures/Documents/json-vectors`: `y_` both readers accept, `n_<code>_` both refuse
/// with `input.json.<code>`, `l_<code>_` the strict parser refuses and json-c (documented as
/// lax there) accepts.
struct JSONVectorTests {
    static let names = (try? Fixtures.names(in: "json-vectors")) ?? []

    @Test func vectorsArePresent() {
        #expect(Self.names.count > 60)
    }

    @Test(arguments: names)
    func vector(_ name: String) throws {
        let bytes = try Fixtures.bytes("json-vectors/\(name)")
        let strict = Read.error { () throws(InputError) in try JSONParser.parse(bytes, file: name, limits: .default) }
        let fast = Read.error { () throws(InputError) in try JSONCReader.parse(bytes, file: name, limits: .default) }
        let parts = name.split(separator: "_")
        switch parts[0] {
        case "y":
            #expect(strict == nil, "JSONParser refused \(name): \(strict!)")
            #expect(fast == nil, "JSONCReader refused \(name): \(fast!)")
            if strict == nil, fast == nil {
                let strictRoot = try JSONParser.parse(bytes, file: name, limits: .default).roots[0]
                let fastRoot = try JSONCReader.parse(bytes, file: name, limits: .default).roots[0]
                if name != "y_duplicate_keys.json" {
                    #expect(strictRoot.withoutLocations == fastRoot)
                }
            }
        case "n":
            let code = "input.json.\(parts[1])"
            #expect(strict?.code == code, "JSONParser on \(name): \(String(describing: strict))")
            #expect(fast?.code == code, "JSONCReader on \(name): \(String(describing: fast))")
            #expect(strict?.location.position != nil)
        case "l":
            #expect(strict?.code == "input.json.\(parts[1])", "JSONParser on \(name): \(String(describing: strict))")
            #expect(fast == nil, "JSONCReader is documented as accepting \(name): \(String(describing: fast))")
        default:
            Issue.record("unknown vector prefix in \(name)")
        }
    }
}
