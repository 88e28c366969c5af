import FieldPlan
import Foundation

/// Scenario files of the repository, found from this file's path.
enum TestScenarios {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Reads a scenario below the package root.
    static func load(_ relativePath: String) throws -> Scenario {
        try ScenarioReader.read(contentsOf: root.appendingPathComponent(relativePath).path)
    }
}
