import FieldPlan
import FieldPlanTestSupport
import Testing

/// The bundled small scenarios reach their hand-computed optimum, and `mip` proves it.
struct SmallScenarioTests {
    static let cases: [(file: String, optimum: Double)] = [
        ("Scenarios/small/line.json", 60), ("Scenarios/small/skills.json", 80),
    ]

    @Test(arguments: cases.map(\.file))
    func mipProvesTheHandComputedOptimum(file: String) throws {
        let optimum = try #require(Self.cases.first { $0.file == file }?.optimum)
        let scenario = try TestScenarios.load(file)
        let problem = try Problem(scenario: scenario)
        let plan = try Planner().planSynchronously(
            problem, strategy: "mip", context: SearchContext(options: PlanningOptions(timeLimit: 20, iterationLimit: 200)))
        expectValid(plan, scenario)
        #expect(abs(plan.summary.cost - optimum) < 1e-6)
        #expect(plan.summary.status == .optimal)
    }

    @Test(arguments: cases.map(\.file))
    func lnsFindsTheOptimum(file: String) throws {
        let optimum = try #require(Self.cases.first { $0.file == file }?.optimum)
        let scenario = try TestScenarios.load(file)
        let plan = try Planner().planSynchronously(
            try Problem(scenario: scenario), strategy: "lns",
            context: SearchContext(options: PlanningOptions(timeLimit: nil, iterationLimit: 200)))
        expectValid(plan, scenario)
        #expect(abs(plan.summary.cost - optimum) < 1e-6)
    }
}
