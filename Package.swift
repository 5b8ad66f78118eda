// swift-tools-version:6.2
// The leastpriv package: see docs/architecture.md for the modules and how data flows through them.
import PackageDescription

/// Settings every Swift target shares: Swift 6 language mode (strict concurrency) and no warnings.
let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .treatAllWarnings(as: .error),
]

/// A library module with its test target, both under the shared settings.
func module(_ name: String, dependencies: [Target.Dependency], testDependencies: [Target.Dependency] = []) -> [Target] {
    [
        .target(name: name, dependencies: dependencies, swiftSettings: strict),
        .testTarget(name: "\(name)Tests", dependencies: [.target(name: name)] + dependencies + testDependencies, swiftSettings: strict),
    ]
}

let core: [Target.Dependency] = ["Documents", "AccessGraph"]
let providers: [Target.Dependency] = ["AWS", "TencentCloud", "Kubernetes", "GitHub", "GitLab"]

let package = Package(
    name: "LeastPriv",
    products: [
        .executable(name: "leastpriv", targets: ["leastpriv"]),
    ],
    targets: [
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CJSONC", pkgConfig: "json-c", providers: [.apt(["libjson-c-dev"])]),
    ]
    + module("Documents", dependencies: ["CYAML", "CJSONC"])
    + module("AccessGraph", dependencies: ["Documents"])
    + module("AWS", dependencies: core)
    + module("TencentCloud", dependencies: core)
    + module("Kubernetes", dependencies: core)
    + module("GitHub", dependencies: core)
    + module("GitLab", dependencies: core)
    + module("Analysis", dependencies: core + providers, testDependencies: ["TestSupport"])
    + module("Reports", dependencies: core + ["Analysis"])
    + module("LeastPrivCLI", dependencies: core + ["Analysis", "Reports"], testDependencies: ["TestSupport"])
    + [
        // Data-driven end-to-end cases: every folder under Tests/Scenarios runs through the CLI.
        .testTarget(name: "ScenarioTests", dependencies: ["LeastPrivCLI", "Analysis"], swiftSettings: strict),
        // Test doubles (a fake provider and check) shared by the test targets; not in the product.
        .target(name: "TestSupport", dependencies: core + ["Analysis"], swiftSettings: strict),
        .executableTarget(name: "leastpriv", dependencies: ["LeastPrivCLI"], swiftSettings: strict),
        // libFuzzer targets for the readers and importers (scripts/fuzz); without -D FUZZING it replays files.
        .executableTarget(name: "leastpriv-fuzz", dependencies: ["Documents", "Analysis"], swiftSettings: strict),
        .executableTarget(name: "leastpriv-bench", dependencies: core + providers + ["Analysis", "CYAML", "CJSONC"], swiftSettings: strict),
    ]
)
