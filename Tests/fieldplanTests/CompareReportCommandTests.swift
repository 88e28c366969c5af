import Foundation
import Testing

/// `fieldplan compare` and `fieldplan report` on plans that `fieldplan solve` wrote, run as
/// subprocesses.
@Suite struct CompareReportCommandTests {
    /// Solves `skills.json` with `strategy` into `name` in the folder, the scenario embedded.
    private func solve(_ folder: ScratchFolder, _ strategy: String, _ name: String) throws {
        let run = try CommandLineRun.fieldplan(
            "solve", "Scenarios/small/skills.json", "--strategy", strategy, "--quiet", "--threads", "1",
            "--iterations", "100", "--output", folder.path(name), "--embed-scenario")
        #expect(run.status == 0, "\(run.error)")
    }

    /// The recomputed cost `fieldplan validate` prints for a plan.
    private func validatedCost(_ plan: String) throws -> Double? {
        let run = try CommandLineRun.fieldplan("validate", "Scenarios/small/skills.json", plan)
        let cells = run.output.split(separator: "\n").map { $0.split(separator: " ") }
        return cells.first { $0.count == 2 && $0[0] == "cost" }.flatMap { Double($0[1]) }
    }

    @Test func comparesTwoPlansWithTheValidatorsCosts() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try solve(folder, "lns", "lns.json")
        try solve(folder, "greedy", "greedy.json")
        let text = try CommandLineRun.fieldplan("compare", folder.path("lns.json"), folder.path("greedy.json"))
        #expect(text.status == 0, "\(text.error)")
        #expect(text.output.contains("2 plans, changes against lns.json"))
        #expect(text.output.contains("greedy.json against lns.json"))

        let json = try CommandLineRun.fieldplan(
            "compare", folder.path("lns.json"), folder.path("greedy.json"), "--json")
        #expect(json.status == 0, "\(json.error)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let plans = try #require(document["plans"] as? [[String: Any]])
        #expect(plans.map { $0["name"] as? String } == ["lns.json", "greedy.json"])
        #expect(plans.map { $0["valid"] as? Bool } == [true, true])
        for (plan, file) in zip(plans, ["lns.json", "greedy.json"]) {
            let cost = try #require(plan["cost"] as? Double)
            let validated = try #require(try validatedCost(folder.path(file)))
            #expect(abs(cost - validated) < 0.01)
        }
        let differences = try #require(document["differences"] as? [[String: Any]])
        #expect(differences.count == 1)
        #expect(differences.first?["against"] as? String == "lns.json")
    }

    @Test func comparingNeedsTwoPlansOfOneScenario() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try solve(folder, "lns", "skills.json")
        let one = try CommandLineRun.fieldplan("compare", folder.path("skills.json"))
        #expect(one.status == 2)
        #expect(one.error.contains("at least two plans"))
        let line = try CommandLineRun.fieldplan(
            "solve", "Scenarios/small/line.json", "--quiet", "--threads", "1", "--iterations", "50",
            "--output", folder.path("line.json"), "--embed-scenario")
        #expect(line.status == 0, "\(line.error)")
        let mixed = try CommandLineRun.fieldplan("compare", folder.path("skills.json"), folder.path("line.json"))
        #expect(mixed.status == 2)
        #expect(mixed.error.contains("answers another scenario"))
    }

    @Test func reportsASavedPlanAsTextAndHTML() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try solve(folder, "lns", "plan.json")
        let text = try CommandLineRun.fieldplan("report", folder.path("plan.json"))
        #expect(text.status == 0, "\(text.error)")
        #expect(text.output.contains("Validation: plan is valid"))
        #expect(text.output.contains("Visits: 4 of 4 served"))
        let html = try CommandLineRun.fieldplan(
            "report", folder.path("plan.json"), "--format", "html", "--output", folder.path("day.html"))
        #expect(html.status == 0, "\(html.error)")
        let page = try String(contentsOfFile: folder.path("day.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.components(separatedBy: "class=\"gantt-row\"").count - 1 == 2)
    }

    @Test func aBrokenPlanIsReportedWithExitStatusOne() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try solve(folder, "lns", "plan.json")
        var plan = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appendingPathComponent("plan.json")))
                as? [String: Any])
        var routes = try #require(plan["routes"] as? [[String: Any]])
        let gas = try #require(routes.firstIndex { $0["technician"] as? String == "gas" })
        let elec = try #require(routes.firstIndex { $0["technician"] as? String == "elec" })
        routes[gas]["technician"] = "elec"
        routes[elec]["technician"] = "gas"
        plan["routes"] = routes
        try JSONSerialization.data(withJSONObject: plan).write(to: folder.url.appendingPathComponent("swapped.json"))
        let run = try CommandLineRun.fieldplan("report", folder.path("swapped.json"))
        #expect(run.status == 1)
        #expect(run.output.contains("Validation: "))
        #expect(!run.output.contains("plan is valid"))
        #expect(run.error.contains("violation"))
        let compare = try CommandLineRun.fieldplan("compare", folder.path("plan.json"), folder.path("swapped.json"))
        #expect(compare.status == 1)
        #expect(compare.output.contains("violation"))
    }
}
