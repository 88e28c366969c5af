// swift-tools-version: 6.1
import PackageDescription

// Micro-benchmarks of FieldPlan's hot paths, kept in their own package so that the main package's
// `swift build` and `swift test` do not build the benchmark tooling. Run: `swift package benchmark`.
let package = Package(
    name: "FieldPlanBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "FieldPlan", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "SearchBenchmarks",
            dependencies: [
                .product(name: "FieldPlan", package: "FieldPlan"),
                .product(name: "FieldPlanBench", package: "FieldPlan"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "SearchBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
