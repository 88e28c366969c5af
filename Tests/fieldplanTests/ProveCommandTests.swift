import Foundation
import Testing

/// `fieldplan prove`, run as a subprocess.
@Suite struct ProveCommandTests {
    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// `line.json` has optimum 60 (Scenarios/small/README.md): the search proves it.
    @Test func proveWritesTheDocumentedJSONAndTheProvedPlan() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let planFile = folder.path("plan.json")
        let run = try CommandLineRun.fieldplan(
            "prove", "Scenarios/small/line.json", "--time-limit", "20", "--search-time", "1", "--plan-output", planFile)
        #expect(run.status == 0, "\(run.error)")
        let document = try json(run.output)
        #expect(document["optimal"] as? Bool == true)
        #expect(document["openNodes"] as? Int == 0)
        #expect((document["nodes"] as? Int ?? 0) >= 1)
        #expect(abs((document["cost"] as? Double ?? 0) - 60) < 1e-6)
        #expect(abs((document["bound"] as? Double ?? 0) - 60) < 1e-6)
        #expect(document["gap"] as? Double == 0)
        #expect(document["rootBound"] is Double)
        #expect(document["objective"] as? String == "distance")
        let plan = try json(String(decoding: try Data(contentsOf: URL(filePath: planFile)), as: UTF8.self))
        let summary = try #require(plan["summary"] as? [String: Any])
        #expect(summary["status"] as? String == "optimal")
        #expect(abs((summary["bound"] as? Double ?? 0) - 60) < 1e-6)
    }

    /// A saved plan is proved as it is: the cost reported is never above the plan's own.
    @Test func proveStartsFromASavedPlan() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let planFile = folder.path("skills-plan.json")
        let solve = try CommandLineRun.fieldplan(
            "solve", "Scenarios/small/skills.json", "--strategy", "greedy", "--quiet", "--output", planFile)
        #expect(solve.status == 0, "\(solve.error)")
        let saved = try json(String(decoding: try Data(contentsOf: URL(filePath: planFile)), as: UTF8.self))
        let savedCost = try #require((saved["summary"] as? [String: Any])?["cost"] as? Double)
        let run = try CommandLineRun.fieldplan(
            "prove", "Scenarios/small/skills.json", "--plan", planFile, "--time-limit", "20", "--quiet")
        #expect(run.status == 0, "\(run.error)")
        let document = try json(run.output)
        let cost = try #require(document["cost"] as? Double)
        let bound = try #require(document["bound"] as? Double)
        #expect(cost <= savedCost + 1e-6)
        #expect(bound <= cost + 1e-6)
        #expect(document["optimal"] as? Bool == true, "a small scenario is proved within the limit")
    }

    @Test func proveRejectsAMissingPlanAndASearchTimeBeyondTheLimit() throws {
        let missing = try CommandLineRun.fieldplan(
            "prove", "Scenarios/small/line.json", "--plan", "Scenarios/small/no-such-plan.json")
        #expect(missing.status == 2)
        #expect(missing.error.contains("Scenarios/small/no-such-plan.json"), "\(missing.error)")
        let tooLong = try CommandLineRun.fieldplan(
            "prove", "Scenarios/small/line.json", "--time-limit", "5", "--search-time", "10")
        #expect(tooLong.status != 0)
        #expect(tooLong.error.contains("--search-time"), "\(tooLong.error)")
        let negativeStep = try CommandLineRun.fieldplan("prove", "Scenarios/small/line.json", "--cost-step=-0.1")
        #expect(negativeStep.status != 0)
        #expect(negativeStep.error.contains("--cost-step must not be negative"), "\(negativeStep.error)")
    }
}
