/// A file as a SARIF `artifactLocation`: a relative path stays relative, percent-encoded, with
/// `uriBaseId` `%SRCROOT%` (the consumer resolves it against the checkout); an absolute path
/// becomes a `file://` URI.
enum SARIFArtifactLocation {
    /// The URI base of relative paths.
    static let sourceRoot = "%SRCROOT%"

    /// The `artifactLocation` object for `file`.
    static func value(for file: String) -> JSONValue {
        if file.hasPrefix("/") {
            return ["uri": .string("file://" + percentEncoded(file))]
        }
        return ["uri": .string(percentEncoded(file)), "uriBaseId": .string(sourceRoot)]
    }

    /// `path` with every byte of its UTF-8 form outside the RFC 3986 unreserved characters and
    /// `/` percent-encoded, so that the result is a valid URI reference whatever the name
    /// holds (`:` in a first segment would otherwise read as a scheme).
    static func percentEncoded(_ path: String) -> String {
        var output = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count < 2 ? "0" : "") + hex
            }
        }
        return output
    }
}
