import FieldPlanExact
import FieldPlanFormats
import FieldPlanModel
import FieldPlanSearch
import FieldPlanTestSupport
import FieldPlanValidator
import Foundation
import Testing

@Suite struct MIPStrategyTests {
    static func context(timeLimit: Double = 5, iterations: Int = 200) -> SearchContext {
        SearchContext(options: PlanningOptions(timeLimit: timeLimit, iterationLimit: iterations, seed: 7))
    }

    @Test(arguments: 1...10 as ClosedRange<UInt64>)
    func mipMatchesBruteForceAndNoHeuristicBeatsIt(seed: UInt64) throws {
        var generator = TinyScenarios(seed: seed)
        let scenario = generator.scenario()
        let problem = try Problem(scenario: scenario)
        let plan = MIPStrategy().plan(problem, context: Self.context())
        expectValid(plan, scenario)
        let optimum = BruteForce.optimum(problem)
        let tolerance = 1e-6 * max(1, abs(optimum))
        #expect(abs(plan.summary.cost - optimum) <= tolerance, "mip \(plan.summary.cost), brute force \(optimum)")
        #expect(plan.summary.status == .optimal)
        #expect(plan.summary.gap == 0)
        for strategy in StandardStrategies.all {
            let heuristic = strategy.plan(problem, context: Self.context(timeLimit: 1))
            #expect(heuristic.summary.cost >= plan.summary.cost - tolerance, "\(strategy.name) beat mip")
        }
    }

    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func weightedPlansAreValidAndBoundsHold(seed: UInt64) throws {
        var generator = TinyScenarios(seed: seed)
        let scenario = generator.scenario(weighted: true)
        let problem = try Problem(scenario: scenario)
        let plan = MIPStrategy().plan(problem, context: Self.context())
        expectValid(plan, scenario)
        let bound = try #require(plan.summary.bound)
        #expect(bound <= plan.summary.cost + 1e-6 * max(1, plan.summary.cost))
        let optimum = BruteForce.optimum(problem)
        #expect(plan.summary.cost <= optimum + 1e-3 * max(1, optimum), "mip \(plan.summary.cost), brute force \(optimum)")
    }

    /// The validator always flags a mandatory visit left out; the plan must be valid otherwise.
    @Test func unservableMandatoryVisitIsLeftOut() throws {
        var scenario = Fixtures.skills
        scenario.visits.append(Visit(id: "crane", location: .planar(x: 5, y: 5), duration: 10,
                                     skills: ["gas": 9], mandatory: true))
        let problem = try Problem(scenario: scenario)
        let plan = MIPStrategy().plan(problem, context: Self.context())
        let report = validationReport(plan, scenario)
        #expect(report.violations.map(\.code) == [.mandatoryLeftOut], "\(report.text)")
        #expect(plan.unassigned.map(\.visit) == ["crane"])
        #expect(plan.unassigned.first?.reasons.isEmpty == false)
        #expect(plan.summary.status == .optimal)
    }

    @Test func fixturesWithoutBreaksGiveValidPlans() throws {
        for (name, scenario) in Fixtures.all {
            let problem = try Problem(scenario: scenario)
            let plan = MIPStrategy().plan(problem, context: Self.context(timeLimit: 3))
            expectValid(plan, scenario)
            #expect(plan.summary.strategy == "mip", "\(name)")
            if scenario.technicians.allSatisfy(\.breaks.isEmpty) {
                #expect(plan.summary.bound != nil, "\(name) has no bound")
            }
        }
    }

    @Test func solomonC101CutOfTenProvesOptimal() throws {
        let path = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Scenarios/solomon/C101.txt").path
        var scenario = try ScenarioReader.read(contentsOf: path)
        scenario.visits = Array(scenario.visits.prefix(10))
        let problem = try Problem(scenario: scenario, convention: .dimacs)
        let plan = MIPStrategy().plan(problem, context: Self.context(timeLimit: 8))
        expectValid(plan, scenario, convention: .dimacs)
        #expect(plan.summary.status == .optimal)
        #expect(plan.summary.unassigned == 0)
        #expect(abs(plan.summary.cost - 58.1) < 1e-6)
    }
}
