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

/// What `solve --output` writes is what `validate` reads: the plan survives JSON and stays valid.
struct PlanFileRoundTripTests {
    @Test func demoPlanReadBackFromJSONIsValidAndKeepsItsSummaries() throws {
        let scenario = try TestScenarios.load("Scenarios/demo/next-day.json")
        let plan = try Planner().planSynchronously(
            try Problem(scenario: scenario), strategy: "lns",
            context: SearchContext(options: PlanningOptions(timeLimit: nil, iterationLimit: 100)))
        let data = PlanWriter.json(plan, scenario: scenario)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("+01:00"))
        let read = try PlanReader.read(data: data, name: "plan.json", scenario: scenario)
        expectValid(read, scenario)
        #expect(read.routes.count == plan.routes.count)
        for (before, after) in zip(plan.routes, read.routes) {
            let a = try #require(before.summary), b = try #require(after.summary)
            #expect(a.visits == b.visits)
            #expect(abs(a.cost - b.cost) < 1e-9 && abs(a.distance - b.distance) < 1e-9)
        }
        #expect(read.unassigned == plan.unassigned)
    }
}
