import Foundation
import Testing
@testable import Documents

/// Reading files: the size is checked before reading, and unreadable paths say why.
struct InputFileReadingTests {
    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("leastpriv-documents-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func readError(_ path: String, limits: DocumentLimits = .default) -> InputError? {
        do {
            _ = try DocumentReader.readBytes(path: path, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsTheWholeFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("big.json")
        let content = Array(repeating: UInt8(ascii: "x"), count: 3 << 20 + 17)
        try Data(content).write(to: file)
        #expect(try DocumentReader.readBytes(path: file.path, limits: .default) == content)
    }

    @Test func fileLargerThanTheLimitIsRefusedBeforeReading() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("policy.json")
        try Data("{\"a\": 1}".utf8).write(to: file)
        let error = Self.readError(file.path, limits: DocumentLimits(maximumFileSize: 7))
        #expect(error?.code == "input.limit.size")
        #expect(error?.message == "input is 8 bytes, more than the limit of 7 bytes")
        #expect(Self.readError(file.path, limits: DocumentLimits(maximumFileSize: 8)) == nil)
    }

    /// Standard input's reading loop, fed through a pipe: it stops once past the limit.
    @Test(arguments: [(100, 200, true), (100, 100, true), (100, 99, false)])
    func pipedInputStopsPastTheLimit(size: Int, limit: Int, accepted: Bool) throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let content = [UInt8](repeating: UInt8(ascii: "y"), count: size)
        #expect(write(ends[1], content, size) == size)
        close(ends[1])
        do {
            let bytes = try DocumentReader.readAll(ends[0], name: "-", expectedSize: 0, limits: DocumentLimits(maximumFileSize: limit))
            #expect(accepted)
            #expect(bytes == content)
        } catch {
            #expect(!accepted)
            #expect(error.description == "-: error: [input.limit.size] input is larger than the limit of 99 bytes")
        }
    }

    @Test func missingFileSaysWhy() {
        let error = Self.readError("/nonexistent/leastpriv/policy.json")
        #expect(error?.description == "/nonexistent/leastpriv/policy.json: error: [input.read] cannot read `/nonexistent/leastpriv/policy.json`: no such file or directory")
    }

    @Test func directoryIsNotReadAsAFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = Self.readError(directory.path)
        #expect(error?.code == "input.read")
        #expect(error?.message.hasSuffix(": is a directory") == true)
    }

    @Test func parseRefusesBytesOverTheSizeLimitAndDispatchesBySyntax() throws {
        let small = Array("{\"a\": [1]}".utf8)
        let refused = Read.error { () throws(InputError) in
            try DocumentReader.parse(small, file: "p.json", syntax: .json, limits: DocumentLimits(maximumFileSize: 4))
        }
        #expect(refused?.code == "input.limit.size")
        let document = try DocumentReader.parse(small, file: "p.json", syntax: .json)
        #expect(document.roots[0].location == Documents.SourceLocation(line: 1, column: 1))
        #expect(DocumentReader.syntax(forFileName: "ci.YML") == .yaml)
        #expect(DocumentReader.sniffSyntax(Array(" \n[1]".utf8)) == .json)
    }

    @Test func largeJSONIsReadWithExactPositionsToo() throws {
        let text = "{\"pad\": \"" + String(repeating: "x", count: 9 << 20) + "\",\n \"Effect\": \"Allow\"}"
        let document = try DocumentReader.parse(Array(text.utf8), file: "big.json", syntax: .json)
        let effect = try document.root().requiredField("Effect")
        #expect(effect.node.location == Documents.SourceLocation(line: 2, column: 12))
    }
}
