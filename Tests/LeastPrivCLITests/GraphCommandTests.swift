import Foundation
import Testing
import TestSupport
@testable import LeastPrivCLI

#if canImport(FoundationXML)
import FoundationXML
#endif

struct GraphCommandTests {
    let fake = [FakeImporter()]
    static let hostile = "eve\\\"];\\n<x>&"

    func inputs() throws -> String {
        try temporaryFolder(["graph.json": """
            {"fake-users": ["alice", "admins", "deploy", "loner", "eve\\\\\\"];\\\\n<x>&"],
             "fake-edges": [["alice", "admins"], ["admins", "deploy"], ["deploy", "admins"], ["loner", "ghost"], ["alice", "eve\\\\\\"];\\\\n<x>&"]]}
            """])
    }

    func json(_ run: CommandRun) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], "\(run.error)")
    }

    @Test func jsonHasEveryNodeAndEdgeWithItsReason() throws {
        let run = CommandRun(["graph", try inputs(), "--format", "json"], importers: fake)
        #expect(run.code == .success, "\(run.error)")
        let document = try json(run)
        #expect(document["version"] as? Int == 1)
        let nodes = (document["nodes"] as? [[String: Any]]) ?? []
        #expect(nodes.compactMap { $0["id"] as? String } == [
            "fake:user/admins", "fake:user/alice", "fake:user/deploy", "fake:user/eve\\\"];\\n<x>&", "fake:user/loner", "fake:user/ghost",
        ])
        #expect(nodes.last?["kind"] as? String == "unresolved")
        let edges = (document["edges"] as? [[String: Any]]) ?? []
        #expect(edges.count == 5)
        #expect(edges.allSatisfy { ($0["reason"] as? String) == "listed in fake-edges" && ($0["line"] as? Int) == 2 })
    }

    @Test func fromKeepsOnlyWhatThePrincipalReaches() throws {
        let run = CommandRun(["graph", try inputs(), "--format", "json", "--from", "admins"], importers: fake)
        let document = try json(run)
        let nodes = ((document["nodes"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        #expect(nodes == ["fake:user/admins", "fake:user/deploy"])
        #expect((document["edges"] as? [Any])?.count == 2, "the cycle admins ⇄ deploy")

        let unknown = CommandRun(["graph", try inputs(), "--from", "nobody"], importers: fake)
        #expect(unknown.code == .usage)
    }

    @Test func graphmlParsesBackWithTheSameCounts() throws {
        let run = CommandRun(["graph", try inputs(), "--format", "graphml"], importers: fake)
        #expect(run.code == .success)
        #if canImport(FoundationXML)
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(run.output.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "GraphML must be well-formed XML: \(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(counter.counts["node"] == 6)
        #expect(counter.counts["edge"] == 5)
        #expect(counter.nodeIDs.contains("fake:user/eve\\\"];\\n<x>&"), "ids survive escaping")
        #endif
    }

    static let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// CI installs Graphviz and must run this; elsewhere it runs when `dot` is installed.
    @Test(.enabled(if: dotPath != nil || ProcessInfo.processInfo.environment["CI"] != nil, "needs Graphviz's `dot`"))
    func dotRendersWithGraphviz() throws {
        let run = CommandRun(["graph", try inputs(), "--format", "dot"], importers: fake)
        #expect(run.code == .success)
        let dot = try #require(Self.dotPath, "Graphviz `dot` is not installed")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(run.output.utf8))
        try input.fileHandleForWriting.close()
        let svg = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaints = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "dot refused the graph: \(complaints)")
        #expect(svg.contains("<svg"))
        #expect(svg.contains("class=\"edge\""))
    }
}

#if canImport(FoundationXML)
/// Counts elements and collects node ids while parsing.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var nodeIDs: [String] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
        if name == "node", let id = attributes["id"] { nodeIDs.append(id) }
    }
}
#endif
