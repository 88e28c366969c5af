import FieldPlanExact
import FieldPlanFormats
import FieldPlanModel
import FieldPlanSearch
import FieldPlanTestSupport
import FieldPlanValidator
import Foundation
import Testing

@Suite struct ColumnGenerationBoundTests {
    static func path(_ relative: String) -> String {
        URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: relative).path
    }

    static func solomon(_ name: String, customers: Int? = nil) throws -> Scenario {
        var scenario = try ScenarioReader.read(contentsOf: path("Scenarios/solomon/\(name).txt"))
        if let customers { scenario.visits = Array(scenario.visits.prefix(customers)) }
        return scenario
    }

    static func context(timeLimit: Double = 8) -> SearchContext {
        SearchContext(options: PlanningOptions(timeLimit: timeLimit, iterationLimit: 200, seed: 7))
    }

    static func tolerance(_ value: Double) -> Double { 1e-6 * max(1, abs(value)) }

    @Test(arguments: 1...10 as ClosedRange<UInt64>)
    func boundNeverExceedsTheBruteForceOptimum(seed: UInt64) throws {
        var generator = TinyScenarios(seed: seed)
        let problem = try Problem(scenario: generator.scenario())
        let result = try ColumnGenerationBound(problem: problem).compute()
        let bound = try #require(result.bound)
        let optimum = BruteForce.optimum(problem)
        #expect(result.converged)
        #expect(bound <= optimum + Self.tolerance(optimum), "bound \(bound), optimum \(optimum)")
    }

    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func weightedBoundNeverExceedsTheBruteForceOptimum(seed: UInt64) throws {
        var generator = TinyScenarios(seed: seed)
        let problem = try Problem(scenario: generator.scenario(weighted: true))
        let bound = try #require(try ColumnGenerationBound(problem: problem).compute().bound)
        let optimum = BruteForce.optimum(problem)
        #expect(bound <= optimum + Self.tolerance(optimum), "bound \(bound), optimum \(optimum)")
    }

    /// `line.json`: one technician, every visit on the way out to x = 30; the optimum is 60 and
    /// the LP over routes is exact here (one route).
    @Test func smallLineScenarioIsBoundedByItsOptimum() throws {
        let scenario = try ScenarioReader.read(contentsOf: Self.path("Scenarios/small/line.json"))
        let problem = try Problem(scenario: scenario)
        let bound = try #require(try ColumnGenerationBound(problem: problem).compute().bound)
        #expect(abs(bound - 60) <= 1e-6, "bound \(bound)")
    }

    @Test(arguments: ["Scenarios/small/line.json", "Scenarios/small/skills.json"])
    func smallScenariosAreBoundedByTheMIPOptimum(file: String) throws {
        let scenario = try ScenarioReader.read(contentsOf: Self.path(file))
        let problem = try Problem(scenario: scenario)
        let plan = MIPStrategy().plan(problem, context: Self.context(timeLimit: 5))
        expectValid(plan, scenario)
        #expect(plan.summary.status == .optimal)
        let bound = try #require(try ColumnGenerationBound(problem: problem).compute().bound)
        #expect(bound <= plan.summary.cost + Self.tolerance(plan.summary.cost), "bound \(bound), mip \(plan.summary.cost)")
        #expect(bound >= 0.5 * plan.summary.cost, "bound \(bound) is weak against \(plan.summary.cost)")
    }

    @Test(arguments: ["C101", "R101", "RC101"])
    func solomonCutsAreBoundedByTheMIPOptimum(name: String) throws {
        let scenario = try Self.solomon(name, customers: 10)
        let problem = try Problem(scenario: scenario, convention: .dimacs)
        let plan = MIPStrategy().plan(problem, context: Self.context())
        expectValid(plan, scenario, convention: .dimacs)
        let result = try ColumnGenerationBound(problem: problem).compute()
        let bound = try #require(result.bound)
        #expect(result.converged)
        #expect(bound <= plan.summary.cost + Self.tolerance(plan.summary.cost), "bound \(bound), plan \(plan.summary.cost)")
        #expect(bound >= 0.8 * plan.summary.cost, "bound \(bound) is weak against \(plan.summary.cost)")
    }

    /// Fixtures with breaks and follow-ups: the bound relaxes them, so it stays below the cost of
    /// any valid plan.
    @Test func fixturesAreBoundedByTheirPlans() throws {
        for (name, scenario) in Fixtures.all {
            let problem = try Problem(scenario: scenario)
            let plan = LNSStrategy().plan(problem, context: Self.context(timeLimit: 1))
            expectValid(plan, scenario)
            let bound = try #require(try ColumnGenerationBound(problem: problem).compute(timeLimit: 5).bound, "\(name)")
            #expect(bound <= plan.summary.cost + Self.tolerance(plan.summary.cost), "\(name): bound \(bound), plan \(plan.summary.cost)")
        }
    }

    /// C104 and R104 (wide windows) stop at the time limit with pricing unfinished: their bound
    /// then comes from completion bounds and stopped labelling, and stays below the best known.
    @Test(arguments: [("C101", 827.3), ("R101", 1637.7), ("C104", 822.9), ("R104", 971.5)])
    func solomonBoundsStayBelowTheBestKnown(name: String, bestKnown: Double) throws {
        let problem = try Problem(scenario: try Self.solomon(name), convention: .dimacs)
        let result = try ColumnGenerationBound(problem: problem).compute(timeLimit: 6)
        let bound = try #require(result.bound)
        #expect(bound <= bestKnown + 1e-6, "bound \(bound), best known \(bestKnown)")
    }

    @Test func sameProblemGivesTheSameBound() throws {
        let problem = try Problem(scenario: try Self.solomon("R101", customers: 15), convention: .dimacs)
        let first = try ColumnGenerationBound(problem: problem).compute()
        let second = try ColumnGenerationBound(problem: problem).compute()
        #expect(first.bound == second.bound)
        #expect(first.iterations == second.iterations)
        #expect(first.columns == second.columns)
    }

    @Test func initialRoutesAreUsedAndChangeNothingButSpeed() throws {
        let scenario = try Self.solomon("C101", customers: 12)
        let problem = try Problem(scenario: scenario, convention: .dimacs)
        let plan = LNSStrategy().plan(problem, context: Self.context(timeLimit: 1))
        let routes = PlanAssembler(problem: problem).sequences(of: plan)
        let plain = try #require(try ColumnGenerationBound(problem: problem).compute().bound)
        let seeded = try ColumnGenerationBound(problem: problem).compute(initialRoutes: routes)
        let bound = try #require(seeded.bound)
        #expect(abs(bound - plain) <= 1e-4 * max(1, plain), "seeded \(bound), plain \(plain)")
        #expect(bound <= plan.summary.cost + Self.tolerance(plan.summary.cost))
    }
}
