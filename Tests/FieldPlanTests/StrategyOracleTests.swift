import FieldPlan
import FieldPlanTestSupport
import Testing

/// Every strategy's plans go through the oracle: valid, and costed as the validator recomputes.
struct StrategyOracleTests {
    static let strategies = StrategyRegistry.standard.names

    @Test(arguments: strategies)
    func everyFixturePlanIsValid(strategy: String) throws {
        for (name, scenario) in Fixtures.all {
            let problem = try Problem(scenario: scenario)
            let plan = try Planner().planSynchronously(
                problem, strategy: strategy,
                context: SearchContext(options: PlanningOptions(timeLimit: nil, iterationLimit: 300)))
            let report = PlanValidator(scenario: scenario).validate(plan)
            #expect(report.isValid, "\(strategy) on \(name): \(report.violations)")
            #expect(abs(report.recomputed.cost - plan.summary.cost) <= 1e-6 * max(1, abs(plan.summary.cost)))
        }
    }

    @Test(arguments: strategies)
    func demoPlanIsValidAndServesEveryMandatoryVisit(strategy: String) throws {
        let scenario = try TestScenarios.load("Scenarios/demo/next-day.json")
        let problem = try Problem(scenario: scenario)
        let plan = try Planner().planSynchronously(
            problem, strategy: strategy,
            context: SearchContext(options: PlanningOptions(timeLimit: nil, iterationLimit: 200)))
        expectValid(plan, scenario)
        let mandatory = Set(scenario.visits.filter(\.mandatory).map(\.id))
        #expect(plan.unassigned.allSatisfy { !mandatory.contains($0.visit) })
        #expect(plan.unassigned.allSatisfy { !$0.reasons.isEmpty })
        #expect(plan.summary.assigned + plan.summary.unassigned == scenario.visits.count)
    }

    @Test(arguments: ["regret", "lns"])
    func solomonPlanIsValidInTheDIMACSConvention(strategy: String) throws {
        let scenario = try TestScenarios.load("Scenarios/solomon/C101.txt")
        let problem = try Problem(scenario: scenario, convention: .dimacs)
        let plan = try Planner().planSynchronously(
            problem, strategy: strategy,
            context: SearchContext(options: PlanningOptions(timeLimit: nil, iterationLimit: 200)))
        expectValid(plan, scenario, convention: .dimacs)
        #expect(plan.unassigned.isEmpty)
        #expect(plan.summary.distance >= 827.3 - 1e-6)
    }
}
