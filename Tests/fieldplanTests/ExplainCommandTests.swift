import Foundation
import Testing

/// `fieldplan solve --embed-scenario --report` and `fieldplan explain`, run as a subprocess.
@Suite struct ExplainCommandTests {
    /// Solves `skills.json` into a scratch folder with the scenario embedded and the HTML report.
    private func solved(_ folder: ScratchFolder) throws -> CommandLineRun {
        try CommandLineRun.fieldplan(
            "solve", "Scenarios/small/skills.json", "--quiet", "--threads", "1", "--iterations", "200",
            "--output", folder.path("plan.json"), "--embed-scenario", "--report", folder.path("report.html"))
    }

    @Test func explainsAServedVisitFromThePlanAlone() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let solve = try solved(folder)
        #expect(solve.status == 0, "\(solve.error)")
        let run = try CommandLineRun.fieldplan("explain", folder.path("plan.json"), "g1")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Served by gas"))
        #expect(run.output.contains("elec  cannot: lacks gas (level 1 needed)"))
        let html = try String(contentsOfFile: folder.path("report.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "class=\"gantt-row\"").count - 1 == 2)
    }

    @Test func aPlanWithoutItsScenarioNeedsTheScenarioOption() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let solve = try CommandLineRun.fieldplan(
            "solve", "Scenarios/small/skills.json", "--quiet", "--threads", "1", "--iterations", "50",
            "--output", folder.path("plan.json"))
        #expect(solve.status == 0, "\(solve.error)")
        let bare = try CommandLineRun.fieldplan("explain", folder.path("plan.json"), "e1")
        #expect(bare.status == 2)
        #expect(bare.error.contains("the plan carries no scenario"))
        let given = try CommandLineRun.fieldplan(
            "explain", folder.path("plan.json"), "e1", "--scenario", "Scenarios/small/skills.json")
        #expect(given.status == 0, "\(given.error)")
        #expect(given.output.contains("Served by elec"))
    }

    @Test func anUnknownVisitIsBadInput() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        _ = try solved(folder)
        let run = try CommandLineRun.fieldplan("explain", folder.path("plan.json"), "no-such-visit")
        #expect(run.status == 2)
        #expect(run.error.contains("no visit \"no-such-visit\""))
    }
}
