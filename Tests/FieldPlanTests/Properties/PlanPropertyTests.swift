import FieldPlan
import FieldPlanTestSupport
import PropertyBased
import Synchronization
import Testing

/// Properties every strategy keeps on small random scenarios (see ``ScenarioRecipe``). Inputs are
/// random on each run; a failure prints the input and a seed that reproduces it.
struct PlanPropertyTests {
    private static let limits = PlanningOptions(timeLimit: 5, iterationLimit: 60, seed: 3)

    private func plan(_ scenario: Scenario, strategy: String, options: PlanningOptions = limits) throws -> Plan {
        try Planner().planSynchronously(
            Problem(scenario: scenario), strategy: strategy, context: SearchContext(options: options))
    }

    @Test(arguments: StrategyRegistry.standard.strategies.map(\.name))
    func everyPlanPassesTheValidatorAndItsCostIsTheRecomputedOne(strategy: String) async {
        await propertyCheck(count: 25, input: ScenarioRecipe.generator()) { recipe in
            let scenario = recipe.scenario
            let plan = try plan(scenario, strategy: strategy)
            let report = PlanValidator(scenario: scenario).validate(plan)
            let violations = report.violations.filter { $0.code != .mandatoryLeftOut }
            #expect(violations.isEmpty, "\(strategy): \(report.text)")
            #expect(abs(plan.summary.cost - report.recomputed.cost) <= 1e-6 * max(1, abs(plan.summary.cost)))
        }
    }

    @Test(arguments: ["local-search", "lns"])
    func theSameSeedGivesTheSamePlan(strategy: String) async {
        await propertyCheck(count: 15, input: ScenarioRecipe.generator()) { recipe in
            let options = PlanningOptions(timeLimit: nil, iterationLimit: 80, seed: 11)
            let first = try plan(recipe.scenario, strategy: strategy, options: options)
            let second = try plan(recipe.scenario, strategy: strategy, options: options)
            #expect(first.routes == second.routes)
            #expect(first.unassigned == second.unassigned)
        }
    }

    /// On instances `mip` solves to optimality, one more technician never raises the optimum.
    @Test func anotherTechnicianNeverMakesTheOptimumWorse() async {
        let unproven = Mutex<[String]>([])
        await propertyCheck(count: 15, input: ScenarioRecipe.generator(maxVisits: 4, breakRate: 0, followUpRate: 0)) { recipe in
            var larger = recipe
            larger.technicians.append(recipe.technicians[0])
            let options = PlanningOptions(timeLimit: 10, iterationLimit: 200, seed: 1)
            let base = try plan(recipe.scenario, strategy: "mip", options: options)
            let more = try plan(larger.scenario, strategy: "mip", options: options)
            guard base.summary.status == .optimal, more.summary.status == .optimal else {
                unproven.withLock { $0.append("\(base.summary.status)/\(more.summary.status) on \(recipe)") }
                return
            }
            #expect(more.summary.cost <= base.summary.cost + 1e-6,
                    "with \(larger.technicians.count) technicians: \(more.summary.cost) > \(base.summary.cost)")
        }
        let missed = unproven.withLock { $0 }
        #expect(missed.count <= 5, "mip did not prove \(missed.count) of 15 pairs optimal: \(missed)")
    }

    /// Dropping a served optional visit that nothing follows up and after which no break is taken,
    /// from the scenario and from its route, leaves a plan the validator accepts.
    ///
    /// A break taken right after the dropped visit would have to move to another stop, where it
    /// may fit nowhere: ``BreakAfterRemovedVisitTests`` shows such a day. In 2 607 random cases
    /// with breaks, the 5 that failed were all of that kind.
    @Test func removingAnOptionalVisitKeepsThePlanValid() async {
        await propertyCheck(count: 40, input: ScenarioRecipe.generator(breakRate: 0.5)) { recipe in
            let scenario = recipe.scenario
            let plan = try plan(scenario, strategy: "lns")
            let followed = Set(scenario.visits.compactMap { $0.followUp?.after })
            let hostsNoBreak = Set(plan.routes.flatMap { route in
                route.stops.indices.compactMap { index in
                    index + 1 < route.stops.count && route.stops[index + 1].kind == .break ? nil : route.stops[index].visit
                }
            })
            guard let removed = scenario.visits.firstIndex(where: {
                !$0.mandatory && !followed.contains($0.id) && hostsNoBreak.contains($0.id)
            }) else { return }

            var smaller = scenario
            smaller.visits.remove(at: removed)
            let sequences = PlanAssembler(problem: try Problem(scenario: scenario)).sequences(of: plan)
                .map { $0.filter { $0 != removed }.map { $0 > removed ? $0 - 1 : $0 } }
            let rebuilt = try #require(
                PlanAssembler(problem: try Problem(scenario: smaller)).plan(
                    sequences: sequences, strategy: "lns", context: SearchContext(options: Self.limits)),
                "the routes without \(scenario.visits[removed].id) are no longer feasible")
            // A mandatory visit nobody can serve stays left out; nothing else may go wrong.
            let report = validationReport(rebuilt, smaller)
            #expect(report.violations.filter { $0.code != .mandatoryLeftOut }.isEmpty, "\(report.text)")
        }
    }
}
