import FieldPlan
import FieldPlanTestSupport
import Foundation
import Testing

/// The one-call library API: `Planner.solve(scenario, options:)` and `Planner.start` with its
/// progress sequence.
struct PlannerScenarioTests {
    @Test func solveReturnsAValidPlanAndIsReproducible() async throws {
        let scenario = Fixtures.fieldDay
        let options = PlanningOptions(timeLimit: nil, iterationLimit: 100, seed: 3)
        let first = try await Planner().solve(scenario, options: options)
        let second = try await Planner().solve(scenario, options: options)
        expectValid(first, scenario)
        #expect(first.routes == second.routes)
    }

    @Test func solveRejectsAnInvalidScenario() async throws {
        var scenario = Fixtures.line
        scenario.visits[0].duration = -5
        await #expect(throws: ScenarioError.self) { _ = try await Planner().solve(scenario) }
    }

    @Test func startStreamsProgressAndEndsWithThePlan() async throws {
        let scenario = try TestScenarios.load("Scenarios/demo/next-day.json")
        let run = Planner().start(scenario, options: PlanningOptions(timeLimit: 0.8))
        var events: [ProgressEvent] = []
        for await event in run.events { events.append(event) }
        let plan = try await run.plan
        expectValid(plan, scenario)
        #expect(!events.isEmpty)
        let searchCosts = events.filter { $0.phase == "lns" }.map(\.bestCost)
        #expect(zip(searchCosts, searchCosts.dropFirst()).allSatisfy { $1 <= $0 + 1e-9 })
    }

    @Test func cancellingARunKeepsTheBestPlanSoFar() async throws {
        let scenario = try TestScenarios.load("Scenarios/demo/next-day.json")
        let run = Planner().start(scenario, options: PlanningOptions(timeLimit: 60))
        try await Task.sleep(for: .milliseconds(300))
        let started = ContinuousClock.now
        run.cancel()
        let plan = try await run.plan
        #expect(started.duration(to: .now) < .seconds(TestTiming.seconds(10)))
        // Cancelled early on a loaded machine, the plan may not yet serve every mandatory visit,
        // but everything it says must hold.
        let report = validationReport(plan, scenario)
        #expect(report.violations.filter { $0.code != .mandatoryLeftOut }.isEmpty, "\(report.text)")
    }
}
