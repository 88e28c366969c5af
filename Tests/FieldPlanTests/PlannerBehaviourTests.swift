import FieldPlan
import FieldPlanTestSupport
import Foundation
import Synchronization
import Testing

/// The planner's contract: determinism, limits, cancellation, names.
struct PlannerBehaviourTests {
    private func demoProblem() throws -> Problem {
        try Problem(scenario: TestScenarios.load("Scenarios/demo/next-day.json"))
    }

    @Test(arguments: ["greedy", "regret", "local-search", "lns"])
    func sameSeedAndIterationsGiveTheSamePlan(strategy: String) throws {
        let problem = try demoProblem()
        func run() throws -> Plan {
            try Planner().planSynchronously(
                problem, strategy: strategy,
                context: SearchContext(options: PlanningOptions(timeLimit: nil, iterationLimit: 150, seed: 7)))
        }
        let first = try run(), second = try run()
        #expect(first.routes == second.routes)
        #expect(first.summary.cost == second.summary.cost)
    }

    @Test func lnsNeverEndsWorseThanItsConstruction() throws {
        let problem = try demoProblem()
        let options = PlanningOptions(timeLimit: nil, iterationLimit: 300)
        let built = try Planner().planSynchronously(problem, strategy: "greedy", context: SearchContext(options: options))
        let regret = try Planner().planSynchronously(problem, strategy: "regret", context: SearchContext(options: options))
        let improved = try Planner().planSynchronously(problem, strategy: "lns", context: SearchContext(options: options))
        #expect(improved.summary.cost <= min(built.summary.cost, regret.summary.cost) + 1e-6)
    }

    @Test func timeLimitIsHonouredOnAnInjectedClock() throws {
        let problem = try demoProblem()
        let ticks = Mutex<Double>(0)
        let clock: @Sendable () -> Double = { ticks.withLock { $0 += 0.001; return $0 } }
        let context = SearchContext(options: PlanningOptions(timeLimit: 2), clock: clock)
        let plan = try Planner().planSynchronously(problem, strategy: "lns", context: context)
        expectValid(plan, problem.scenario)
        #expect(plan.summary.elapsedSeconds < 2.5)
    }

    @Test func cancellationReturnsTheBestPlanSoFar() async throws {
        let problem = try demoProblem()
        let searching = Mutex(false)
        let task = Task {
            try await Planner().plan(problem, strategy: "lns", options: PlanningOptions(timeLimit: 60)) { event in
                if event.phase == "lns" { searching.withLock { $0 = true } }
            }
        }
        let started = Date()
        while !searching.withLock({ $0 }) && Date().timeIntervalSince(started) < 50 {
            try await Task.sleep(for: .milliseconds(20))
        }
        let cancelled = Date()
        task.cancel()
        let plan = try await task.value
        #expect(Date().timeIntervalSince(cancelled) < TestTiming.seconds(5))
        #expect(plan.summary.elapsedSeconds < 55)
        // Cancelled early (a slow or loaded machine) the plan may not yet serve every mandatory
        // visit, but everything it says must hold.
        let report = validationReport(plan, problem.scenario)
        #expect(report.violations.filter { $0.code != .mandatoryLeftOut }.isEmpty, "\(report.text)")
    }

    @Test func unknownStrategyIsAnError() async throws {
        let problem = try demoProblem()
        await #expect(throws: PlannerError.unknownStrategy("nope", available: StrategyRegistry.standard.names)) {
            try await Planner().plan(problem, strategy: "nope", options: PlanningOptions())
        }
    }

    @Test func parallelSearchesAreReproducibleWithAnIterationLimit() throws {
        let problem = try demoProblem()
        let options = PlanningOptions(timeLimit: nil, iterationLimit: 100, seed: 3, threads: 2)
        let first = try Planner().planSynchronously(problem, strategy: "lns", context: SearchContext(options: options))
        let second = try Planner().planSynchronously(problem, strategy: "lns", context: SearchContext(options: options))
        #expect(first.routes == second.routes)
        expectValid(first, problem.scenario)
    }
}
