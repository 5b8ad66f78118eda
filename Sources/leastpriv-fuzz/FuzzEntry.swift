import Analysis
import Documents
import Foundation

/// The libFuzzer entry point: feeds one input to the reader `LEASTPRIV_FUZZ_TARGET` names
/// (`json`, `jsonc`, `yaml`, `csv`), or through every importer and check (`import-json`,
/// `import-yaml`, `import-csv`). An input may be refused with an `InputError`; anything else — a
/// crash, a hang, a sanitizer report — is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzedReader.current.read(bytes)
    return 0
}

/// The readers that can be fuzzed.
enum FuzzedReader: String, CaseIterable {
    case json, jsonc, yaml, csv
    case importJSON = "import-json", importYAML = "import-yaml", importCSV = "import-csv"

    /// The reader the environment chose (JSON when unset).
    static let current = FuzzedReader(rawValue: ProcessInfo.processInfo.environment["LEASTPRIV_FUZZ_TARGET"] ?? "json") ?? .json

    /// Small limits, so that the fuzzer explores structure rather than size.
    static let limits = DocumentLimits(maximumFileSize: 1 << 20, maximumDepth: 64, maximumAliasExpansion: 10_000, maximumDocuments: 100)

    /// The pipeline for the import targets: every registered importer and check.
    static let pipeline = AuditPipeline(tool: ToolInfo(version: "fuzz"))

    /// Reads the bytes and walks every node of the result through `Cursor`, as importers do; the
    /// import targets run the whole audit instead (the file sits in folder `c` so that Kubernetes
    /// names a cluster).
    func read(_ bytes: [UInt8]) {
        let importedFile: String? = switch self {
        case .importJSON: "c/fuzz.json"
        case .importYAML: "c/fuzz.yaml"
        case .importCSV: "c/fuzz.csv"
        default: nil
        }
        if let importedFile {
            var configuration = Configuration()
            configuration.limits = Self.limits
            let result = Self.pipeline.run(
                inputs: [InputFile(name: importedFile, source: .bytes(bytes))], configuration: configuration, today: "2026-01-01")
            _ = result.findings.map(\.fingerprint)
            return
        }
        let document: Document
        do {
            switch self {
            case .json: document = try JSONParser.parse(bytes, file: "fuzz.json", limits: Self.limits)
            case .jsonc: document = try JSONCReader.parse(bytes, file: "fuzz.json", limits: Self.limits)
            case .yaml: document = try YAMLReader.parse(bytes, file: "fuzz.yaml", limits: Self.limits)
            case .csv: document = try CSVReader.parse(bytes, file: "fuzz.csv", limits: Self.limits)
            case .importJSON, .importYAML, .importCSV: return
            }
        } catch {
            _ = error.description
            return
        }
        for root in document.rootCursors { visit(root) }
    }

    private func visit(_ cursor: Cursor) {
        _ = cursor.location
        if let entries = try? cursor.entries() {
            for entry in entries { visit(entry.value) }
        } else if let elements = try? cursor.elements() {
            for element in elements { visit(element) }
        }
    }
}

#if FUZZING
/// libFuzzer's driver, which runs the fuzzing loop with `LLVMFuzzerTestOneInput`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif

/// Built with `-D FUZZING -sanitize=fuzzer`, runs libFuzzer with its usual arguments; otherwise
/// replays files (`leastpriv-fuzz FILE...` feeds each to the chosen reader), which is how crashes
/// the fuzzer found are reproduced and kept as regression tests.
@main
struct FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, { data, size in fuzzOneInput(data, size) }))
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            FuzzedReader.current.read([UInt8](data))
        }
        #endif
    }
}
