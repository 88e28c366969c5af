// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "FieldPlan",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "FieldPlan", targets: ["FieldPlan"]),
        .library(name: "FieldPlanBench", targets: ["FieldPlanBench"]),
        // The model, readers, validator and search without GLPK: what the fuzz targets link.
        .library(
            name: "FieldPlanCore",
            targets: ["FieldPlanModel", "FieldPlanFormats", "FieldPlanValidator", "FieldPlanSearch"]
        ),
        .executable(name: "fieldplan", targets: ["fieldplan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGLPK",
            path: "Sources/CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        .target(name: "CGLPKShims", dependencies: ["CGLPK"]),
        .target(
            name: "LinearProgramming",
            dependencies: ["CGLPK", "CGLPKShims", .product(name: "Logging", package: "swift-log")]
        ),
        .target(name: "FieldPlanModel"),
        .target(
            name: "FieldPlanFormats",
            dependencies: ["FieldPlanModel", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "FieldPlanValidator", dependencies: ["FieldPlanModel"]),
        .target(name: "FieldPlanSearch", dependencies: ["FieldPlanModel"]),
        .target(
            name: "FieldPlanExact",
            dependencies: ["FieldPlanModel", "FieldPlanSearch", "LinearProgramming"]
        ),
        .target(
            name: "FieldPlan",
            dependencies: [
                "FieldPlanModel", "FieldPlanFormats", "FieldPlanValidator", "FieldPlanSearch",
                "FieldPlanExact",
            ]
        ),
        .target(name: "FieldPlanBench", dependencies: ["FieldPlan"]),
        .target(
            name: "FieldPlanService",
            dependencies: [
                "FieldPlan",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "fieldplan",
            dependencies: [
                "FieldPlan",
                "FieldPlanBench",
                "FieldPlanService",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "FieldPlanTestSupport",
            dependencies: ["FieldPlanModel", "FieldPlanFormats", "FieldPlanValidator"]
        ),
        .testTarget(name: "LinearProgrammingTests", dependencies: ["LinearProgramming"]),
        .testTarget(name: "FieldPlanModelTests", dependencies: ["FieldPlanModel", "FieldPlanTestSupport"]),
        .testTarget(name: "FieldPlanFormatsTests", dependencies: ["FieldPlanFormats", "FieldPlanTestSupport"]),
        .testTarget(name: "FieldPlanValidatorTests", dependencies: ["FieldPlanValidator", "FieldPlanTestSupport"]),
        .testTarget(
            name: "FieldPlanExactTests",
            dependencies: [
                "FieldPlanExact", "FieldPlanSearch", "FieldPlanFormats", "FieldPlanValidator",
                "FieldPlanTestSupport",
            ]
        ),
        .testTarget(name: "FieldPlanSearchTests", dependencies: ["FieldPlanSearch", "FieldPlanTestSupport"]),
        .testTarget(
            name: "FieldPlanTests",
            dependencies: [
                "FieldPlan", "FieldPlanTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "FieldPlanBenchTests", dependencies: ["FieldPlanBench", "FieldPlanTestSupport"]),
        .testTarget(name: "fieldplanTests", dependencies: ["FieldPlanTestSupport"]),
        .testTarget(
            name: "FieldPlanServiceTests",
            dependencies: [
                "FieldPlanService", "FieldPlanTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
