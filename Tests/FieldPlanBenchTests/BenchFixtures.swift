import FieldPlanBench
import Foundation

/// Paths and hand-made records shared by the bench tests.
enum BenchFixtures {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Scenarios/solomon`.
    static var solomonFolder: String { packageRoot.appendingPathComponent("Scenarios/solomon").path }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A record with the given outcome and neutral values elsewhere.
    static func record(
        _ instance: String, family: String = "C1", strategy: String = "greedy", seed: UInt64 = 1,
        gap: Double?, seconds: Double = 1, valid: Bool = true
    ) -> RunRecord {
        RunRecord(
            instance: instance, family: family, strategy: strategy, seed: seed, timeLimit: 10, objective: 100,
            distance: 100, routes: 3, unassigned: 0, lateness: 0, gapPercent: gap, elapsedSeconds: seconds,
            valid: valid, violations: valid ? [] : ["mandatory-left-out"])
    }
}
