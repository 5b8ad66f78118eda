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
//   leastpriv-bench github [--runs 3] [--output-dir DIR]
//       2,000 generated workflows and a 500-repository GitHub export through the whole audit,
//       beside `zizmor --offline` on the same files when it is installed.
//   leastpriv-bench kubernetes
//       50,000 generated bindings over 2,000 namespaces: import, who-can over every subject, audit.
//   leastpriv-bench tencentcloud [--users 5000] [--roles 10000] [--policies 20000] [--decisions 100000]
//       Generates a Tencent Cloud bundle and times reading, importing, deciding and checking it.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "documents":
        try DocumentsBenchmark(options: try BenchmarkOptions(parsing: Array(arguments.dropFirst()))).run()
    case "github":
        try GitHubBenchmark(options: try BenchmarkOptions(parsing: Array(arguments.dropFirst()))).run()
    case "aws":
        try AWSBenchmark(output: arguments.dropFirst().first { !$0.hasPrefix("-") }).run()
    case "documents-phase" where arguments.count == 3:
        guard let phase = DocumentsPhase(rawValue: arguments[1]) else {
            throw BenchmarkUsageError("unknown phase `\(arguments[1])`; expected one of \(DocumentsPhase.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        print(try phase.measure(file: arguments[2]).line)
    case "kubernetes": try KubernetesBenchmark(arguments: Array(arguments.dropFirst())).run()
    case "tencentcloud":
        var benchmark = try TencentCloudBenchmark(arguments: Array(arguments.dropFirst()))
        try benchmark.run()
    default:
        throw BenchmarkUsageError("usage: leastpriv-bench documents|aws|github|kubernetes|tencentcloud [OPTIONS] (see the comment at the top of main.swift)")
    }
} catch {
    FileHandle.standardError.write(Data("leastpriv-bench: \(error)\n".utf8))
    exit(2)
}
