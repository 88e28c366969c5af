import Foundation
import Testing

/// Every bundled JSON scenario conforms to the published JSON Schema, checked by an independent
/// implementation (Python's `jsonschema`, installed by `make deps`).
struct BundledScenarioSchemaTests {
    static let checker = """
        import json, sys
        import jsonschema
        schema = json.load(open(sys.argv[1]))
        validator = jsonschema.Draft202012Validator(schema)
        failures = 0
        for path in sys.argv[2:]:
            for error in validator.iter_errors(json.load(open(path))):
                failures += 1
                print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
        print(f"checked {len(sys.argv) - 2} scenarios, {failures} errors")
        sys.exit(1 if failures else 0)
        """

    @Test func bundledScenariosConformToTheSchema() throws {
        let root = FormatFixtures.packageRoot
        let scenarios = try #require(FileManager.default.enumerator(atPath: root.appendingPathComponent("Scenarios").path))
            .compactMap { $0 as? String }
            .filter { $0.hasSuffix(".json") }
            .sorted()
            .map { root.appendingPathComponent("Scenarios").appendingPathComponent($0).path }
        #expect(scenarios.count >= 3)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.checker, root.appendingPathComponent("docs/scenario.schema.json").path]
            + scenarios
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("checked \(scenarios.count) scenarios, 0 errors"))
    }
}
