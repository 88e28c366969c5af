// swift-tools-version: 6.1
// libFuzzer targets for FieldPlan's readers. Built by `make fuzz` with
// `-sanitize=fuzzer,address`; depends only on the readers, the model, the validator and the search
// (the `FieldPlanCore` product), not on GLPK or the service.
import PackageDescription

let package = Package(
    name: "FieldPlanFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "FieldPlan", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FieldPlanFuzz",
            dependencies: ["FuzzDriver", .product(name: "FieldPlanCore", package: "FieldPlan")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ],
    swiftLanguageModes: [.v6]
)
