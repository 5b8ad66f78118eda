import Foundation

/// Generates a large AWS authorization-details JSON and a large `kubectl get -o yaml` RBAC list,
/// then runs every ``DocumentsPhase`` `runs` times, each in its own process, and prints the
/// median time and peak RSS.
struct DocumentsBenchmark {
    let options: BenchmarkOptions

    func run() throws {
        let directory = options.outputDirectory.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("leastpriv-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer {
            if options.outputDirectory == nil { try? FileManager.default.removeItem(at: directory) }
        }
        let bytes = options.sizeMB << 20

        let jsonFile = directory.appendingPathComponent("authorization-details.json")
        var aws = AuthorizationDetailsGenerator()
        try Data(aws.generate(bytes: bytes).utf8).write(to: jsonFile)
        let yamlFile = directory.appendingPathComponent("rbac.yaml")
        var kubernetes = KubernetesRBACGenerator()
        try Data(kubernetes.generate(bytes: bytes).utf8).write(to: yamlFile)

        print("files: \(Self.megabytes(jsonFile)) JSON (\(jsonFile.lastPathComponent)), \(Self.megabytes(yamlFile)) YAML (\(yamlFile.lastPathComponent))")
        print("runs per phase: \(options.runs), each in a fresh process, phases taking turns; median and fastest shown")
        print("")
        print(Self.pad("phase", 50) + Self.pad("median s", 10) + Self.pad("min s", 8) + Self.pad("release s", 11)
            + Self.pad("peak RSS MB", 13) + "over file MB")
        // Phases take turns within each round, so that a slow spell of the machine falls on all.
        var runs: [DocumentsPhase: [PhaseMeasurement]] = [:]
        for _ in 0..<options.runs {
            for phase in DocumentsPhase.allCases {
                runs[phase, default: []].append(try Self.runInSubprocess(phase, file: (phase.readsJSON ? jsonFile : yamlFile).path))
            }
        }
        var medians: [DocumentsPhase: Double] = [:]
        for phase in DocumentsPhase.allCases {
            let measured = runs[phase] ?? []
            let times = measured.map(\.seconds).sorted()
            let median = times[times.count / 2]
            medians[phase] = median
            let peak = measured.map(\.peakKB).sorted()[measured.count / 2]
            let baseline = measured.map(\.baselineKB).sorted()[measured.count / 2]
            let release = measured.map(\.releaseSeconds).sorted()[measured.count / 2]
            print(Self.pad(phase.title, 50) + Self.pad(Self.format(median, 3), 10) + Self.pad(Self.format(times[0], 3), 8)
                + Self.pad(phase.buildsDocument ? Self.format(release, 3) : "-", 11) + Self.pad(Self.format(Double(peak) / 1024, 0), 13)
                + Self.format(Double(peak - baseline) / 1024, 0))
        }
        print("")
        if let tree = medians[.jsoncReader], let bare = medians[.jsoncParse] {
            print("JSONCReader / json-c parse: \(Self.format(tree / bare, 2))x")
        }
        if let swift = medians[.jsonParser], let tree = medians[.jsoncReader] {
            print("JSONParser / JSONCReader: \(Self.format(swift / tree, 2))x")
        }
        if let tree = medians[.yamlReader], let bare = medians[.libyamlEvents] {
            print("YAMLReader / libyaml events: \(Self.format(tree / bare, 2))x")
        }
    }

    /// Runs `leastpriv-bench documents-phase PHASE FILE` and reads its measurement.
    static func runInSubprocess(_ phase: DocumentsPhase, file: String) throws -> PhaseMeasurement {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["documents-phase", phase.rawValue, file]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, let measurement = PhaseMeasurement(line: text) else {
            throw BenchmarkUsageError("phase \(phase.rawValue) failed: \(text)")
        }
        return measurement
    }

    static func megabytes(_ file: URL) -> String {
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        return "\(format(Double(size) / 1_048_576, 1)) MB"
    }

    static func format(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
