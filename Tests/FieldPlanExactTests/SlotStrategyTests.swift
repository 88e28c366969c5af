import FieldPlanExact
import FieldPlanFormats
import FieldPlanModel
import FieldPlanTestSupport
import Foundation
import Testing

@Suite struct SlotStrategyTests {
    static func scenario(_ relativePath: String) throws -> Scenario {
        let path = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: relativePath).path
        return try ScenarioReader.read(contentsOf: path)
    }

    @Test func demoGivesValidPlanServingEveryMandatoryVisit() throws {
        let scenario = try Self.scenario("Scenarios/demo/next-day.json")
        let problem = try Problem(scenario: scenario)
        // The slot MIP gets a share (30 %) of the time limit; the search after it is ended by its
        // iteration limit (60 iterations take about 9 s in a debug build), so the answer does not
        // depend on how much of a core a parallel test run leaves this test. The time limit only
        // guards the run, with room for a loaded machine and for sanitizers.
        let context = SearchContext(options: PlanningOptions(timeLimit: TestTiming.seconds(40), iterationLimit: 60, seed: 3))
        let plan = SlotStrategy().plan(problem, context: context)
        expectValid(plan, scenario)
        let served = Set(plan.routes.flatMap(\.visitIDs))
        #expect(scenario.visits.filter(\.mandatory).allSatisfy { served.contains($0.id) })
        #expect(plan.summary.strategy == "slots")
    }

    @Test func fixturesGiveValidPlans() throws {
        for (_, scenario) in Fixtures.all {
            let problem = try Problem(scenario: scenario)
            let context = SearchContext(options: PlanningOptions(timeLimit: 1, iterationLimit: 100))
            expectValid(SlotStrategy(slotMinutes: 60).plan(problem, context: context), scenario)
        }
    }
}
