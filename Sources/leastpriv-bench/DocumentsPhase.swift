import CJSONC
import CYAML
import Documents
import Foundation

/// One way of reading a file, measured in its own process.
enum DocumentsPhase: String, CaseIterable {
    case jsoncParse = "jsonc-parse"
    case jsoncReader = "jsonc-reader"
    case jsonParser = "json-parser"
    case libyamlEvents = "libyaml-events"
    case yamlReader = "yaml-reader"

    /// What the phase does, for the report.
    var title: String {
        switch self {
        case .jsoncParse: "json-c parse alone (json_tokener_parse_ex + put)"
        case .jsoncReader: "JSONCReader (json-c + Node tree)"
        case .jsonParser: "JSONParser (Swift, positions)"
        case .libyamlEvents: "libyaml events alone (yaml_parser_parse)"
        case .yamlReader: "YAMLReader (libyaml events + Node tree)"
        }
    }

    /// Whether the phase builds a ``Document`` (whose release is timed apart).
    var buildsDocument: Bool {
        self == .jsoncReader || self == .jsonParser || self == .yamlReader
    }

    /// Whether the phase reads the JSON file (else the YAML one).
    var readsJSON: Bool {
        self == .jsoncParse || self == .jsoncReader || self == .jsonParser
    }

    /// Reads the file (not timed), then times the phase and takes the peak RSS. A reader's
    /// document is released after the timed part, and that release is timed on its own.
    func measure(file: String) throws -> PhaseMeasurement {
        let bytes = try DocumentReader.readBytes(path: file, limits: .default)
        let baseline = ProcessMemory.kilobytes("VmRSS")
        let clock = ContinuousClock()
        var result: (count: Int, document: Document?) = (0, nil)
        let elapsed = try clock.measure {
            result = try run(bytes, file: file)
        }
        let peak = ProcessMemory.kilobytes("VmHWM")
        let count = result.count
        let released = clock.measure {
            result.document = nil
        }
        return PhaseMeasurement(
            seconds: Self.seconds(elapsed), releaseSeconds: Self.seconds(released), baselineKB: baseline, peakKB: peak, count: count)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Runs the phase once; returns how many roots or events it saw (so nothing is optimised
    /// away) and the document, if any, to release outside the timing.
    private func run(_ bytes: [UInt8], file: String) throws -> (count: Int, document: Document?) {
        switch self {
        case .jsoncParse:
            return (try Self.parseWithJSONC(bytes), nil)
        case .jsoncReader:
            let document = try JSONCReader.parse(bytes, file: file, limits: .default)
            return (document.roots.count, document)
        case .jsonParser:
            let document = try JSONParser.parse(bytes, file: file, limits: .default)
            return (document.roots.count, document)
        case .libyamlEvents:
            return (try Self.pullYAMLEvents(bytes), nil)
        case .yamlReader:
            let document = try YAMLReader.parse(bytes, file: file, limits: .default)
            return (document.roots.count, document)
        }
    }

    /// json-c with the same tokener settings as ``JSONCReader``, freeing the tree afterwards.
    private static func parseWithJSONC(_ bytes: [UInt8]) throws -> Int {
        guard let tokener = json_tokener_new_ex(257) else { throw BenchmarkUsageError("json-c could not allocate a tokener") }
        defer { json_tokener_free(tokener) }
        json_tokener_set_flags(tokener, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8)
        let object = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                json_tokener_parse_ex(tokener, $0, Int32(buffer.count))
            }
        }
        guard json_tokener_get_error(tokener) == json_tokener_success, let object else {
            throw BenchmarkUsageError("json-c refused the generated file")
        }
        let count = Int(json_object_object_length(object))
        json_object_put(object)
        return count
    }

    /// Every libyaml event of the text, deleted as it comes.
    private static func pullYAMLEvents(_ bytes: [UInt8]) throws -> Int {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else { throw BenchmarkUsageError("libyaml could not start") }
        defer { yaml_parser_delete(parser) }
        return try bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            var count = 0
            while true {
                guard yaml_parser_parse(parser, &event) == 1 else { throw BenchmarkUsageError("libyaml refused the generated file") }
                count += 1
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if done { return count }
            }
        }
    }
}

/// What one phase run measured.
struct PhaseMeasurement {
    var seconds: Double
    /// Time to release the document afterwards (0 for phases without one).
    var releaseSeconds: Double
    /// RSS after reading the file, before the phase.
    var baselineKB: Int
    /// Peak RSS of the process (VmHWM).
    var peakKB: Int
    var count: Int

    /// The line a phase subprocess prints.
    var line: String {
        "seconds=\(seconds) release_seconds=\(releaseSeconds) baseline_kb=\(baselineKB) peak_kb=\(peakKB) count=\(count)"
    }

    /// Reads the line back.
    init?(line: String) {
        var fields: [String: String] = [:]
        for pair in line.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        guard let seconds = fields["seconds"].flatMap(Double.init), let release = fields["release_seconds"].flatMap(Double.init),
              let baseline = fields["baseline_kb"].flatMap(Int.init),
              let peak = fields["peak_kb"].flatMap(Int.init), let count = fields["count"].flatMap(Int.init) else { return nil }
        self.init(seconds: seconds, releaseSeconds: release, baselineKB: baseline, peakKB: peak, count: count)
    }

    init(seconds: Double, releaseSeconds: Double, baselineKB: Int, peakKB: Int, count: Int) {
        self.seconds = seconds
        self.releaseSeconds = releaseSeconds
        self.baselineKB = baselineKB
        self.peakKB = peakKB
        self.count = count
    }
}

/// Memory figures of this process from `/proc/self/status`.
enum ProcessMemory {
    /// A `kB` field such as `VmHWM` (peak RSS) or `VmRSS`; 0 when unavailable.
    static func kilobytes(_ field: String) -> Int {
        // /proc files report size 0, so read to the end rather than by size.
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/status") else { return 0 }
        defer { try? handle.close() }
        let status = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.dropFirst(field.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "") ?? 0
        }
        return 0
    }
}
