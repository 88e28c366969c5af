import Foundation
import Testing

/// `fieldplan bound` and `fieldplan solve --bound`, run as a subprocess.
@Suite struct BoundCommandTests {
    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// `line.json` has optimum 60 (Scenarios/small/README.md) and a single route: the LP is exact.
    @Test func boundWritesTheDocumentedJSON() throws {
        let run = try CommandLineRun.fieldplan("bound", "Scenarios/small/line.json", "--time-limit", "10")
        #expect(run.status == 0, "\(run.error)")
        let document = try json(run.output)
        let bound = try #require(document["bound"] as? Double)
        #expect(abs(bound - 60) < 1e-6)
        #expect((document["iterations"] as? Int ?? 0) >= 1)
        #expect((document["columns"] as? Int ?? 0) >= 1)
        #expect(document["elapsedSeconds"] is Double)
        #expect(document["converged"] as? Bool == true)
        #expect(document["cuts"] as? Int == 0, "an integral LP violates no subset-row cut")
    }

    @Test func solveWithBoundAddsBoundAndGap() throws {
        let run = try CommandLineRun.fieldplan(
            "solve", "Scenarios/small/skills.json", "--bound", "--quiet", "--threads", "1", "--time-limit", "2",
            "--output", "-")
        #expect(run.status == 0, "\(run.error)")
        let summary = try #require(try json(run.output)["summary"] as? [String: Any])
        let bound = try #require(summary["bound"] as? Double)
        let cost = try #require(summary["cost"] as? Double)
        #expect(bound <= cost + 1e-6)
        #expect(summary["gap"] is Double)
        #expect(run.error.contains("bound "), "\(run.error)")
    }

    @Test func boundOfAMissingFileIsBadInput() throws {
        let run = try CommandLineRun.fieldplan("bound", "Scenarios/small/no-such-file.json")
        #expect(run.status == 2)
    }
}
