// leastpriv-bench: performance measurements, kept out of the test run.
//
//   leastpriv-bench documents [--size-mb 50] [--runs 3] [--output-dir DIR]
//       Generates large JSON and YAML exports and times each way of reading them (keeping the
//       files in DIR when given, for profiling).
//   leastpriv-bench aws [FILE]
//       Generates a large seeded AWS export (kept in FILE when given) and times load, graph, full
//       audit and who-can over every principal, with peak memory.
//   leastpriv-bench documents-phase PHASE FILE
//       One measured phase in this process (the `documents` benchmark runs each in a subprocess
//       so that every phase has its own peak RSS).
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "documents":
        try DocumentsBenchmark(options: try BenchmarkOptions(parsing: Array(arguments.dropFirst()))).run()
    case "aws":
        try AWSBenchmark(output: arguments.dropFirst().first { !$0.hasPrefix("-") }).run()
    case "documents-phase" where arguments.count == 3:
        guard let phase = DocumentsPhase(rawValue: arguments[1]) else {
            throw BenchmarkUsageError("unknown phase `\(arguments[1])`; expected one of \(DocumentsPhase.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        print(try phase.measure(file: arguments[2]).line)
    default:
        throw BenchmarkUsageError("usage: leastpriv-bench documents [--size-mb N] [--runs N] [--output-dir DIR]")
    }
} catch {
    FileHandle.standardError.write(Data("leastpriv-bench: \(error)\n".utf8))
    exit(2)
}
