/// The `documents` benchmark's options.
struct BenchmarkOptions {
    /// Approximate size of each generated file, in MB.
    var sizeMB = 50
    /// Measured runs per phase; the median is reported.
    var runs = 3
    /// Where to write the generated files and keep them (for profiling); a temporary
    /// directory, removed afterwards, when nil.
    var outputDirectory: String?

    init(parsing arguments: [String]) throws {
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            if flag == "--output-dir" {
                guard let directory = remaining.popFirst() else { throw BenchmarkUsageError("`--output-dir` needs a directory") }
                outputDirectory = directory
                continue
            }
            guard let text = remaining.popFirst(), let value = Int(text), value > 0 else {
                throw BenchmarkUsageError("`\(flag)` needs a positive number")
            }
            switch flag {
            case "--size-mb": sizeMB = value
            case "--runs": runs = value
            default: throw BenchmarkUsageError("unknown option `\(flag)`")
            }
        }
    }
}

/// A mistake on the benchmark's command line.
struct BenchmarkUsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
