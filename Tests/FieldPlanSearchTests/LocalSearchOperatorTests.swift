import FieldPlanModel
import FieldPlanTestSupport
import Testing
@testable import FieldPlanSearch

private let operatorNames = Descent.standardOperators.map(\.name)

/// Every move an operator returns lowers the objective by exactly its delta and keeps every
/// route feasible, on random scenarios with breaks, windows, SLAs, skills, pins and follow-ups.
@Test(arguments: operatorNames)
func operatorDeltaMatchesRecomputedCost(name: String) throws {
    var moves = 0
    for seed in UInt64(1)...12 {
        let scenario = RandomFixtures.scenario(seed: seed)
        let problem = try Problem(scenario: scenario)
        let solution = RandomFixtures.solution(problem)
        let evaluator = MoveEvaluator(problem: problem)
        let op = try #require(Descent.operators(named: [name]).first)
        let before = solution.exactCost
        for u in 0..<problem.visitCount where solution.routeOf[u] >= 0 {
            for v in 0..<problem.visitCount where v != u && solution.routeOf[v] >= 0 {
                guard let move = op.move(u, near: v, in: solution, evaluator: evaluator) else { continue }
                moves += 1
                #expect(move.delta < 0)
                var after = solution
                #expect(move.apply(to: &after))
                #expect(abs(after.exactCost - before - move.delta) < 1e-6, "\(name) seed \(seed) \(u)→\(v)")
                #expect(abs(after.cost - after.exactCost) < 1e-6)
                for t in 0..<problem.technicianCount {
                    #expect(after.routes[t].isFeasible)
                    #expect(after.followUpsHold(in: t))
                }
            }
        }
    }
    #expect(moves > 0, "\(name) found no improving move on any fixture")
}

/// Moves judged not to improve really do not: for every pair, the best of an operator's
/// rejected drafts would not lower the cost (checked through the descent's local optimum).
@Test func descentReachesALocalOptimumOfEveryOperator() throws {
    for seed in UInt64(20)...23 {
        let scenario = RandomFixtures.scenario(seed: seed, visits: 16)
        let problem = try Problem(scenario: scenario)
        var solution = RandomFixtures.solution(problem)
        let before = solution.exactCost
        var descent = Descent(problem: problem, neighbours: NeighbourLists(problem: problem, size: 40), granularity: 40)
        var random = SeededRandom(seed: seed)
        descent.improve(&solution, random: &random) { false }
        #expect(solution.exactCost <= before + 1e-9)
        #expect(abs(solution.cost - solution.exactCost) < 1e-9)
        let evaluator = MoveEvaluator(problem: problem)
        for op in Descent.standardOperators {
            for u in 0..<problem.visitCount where solution.routeOf[u] >= 0 {
                for v in 0..<problem.visitCount where v != u && solution.routeOf[v] >= 0 {
                    #expect(op.move(u, near: v, in: solution, evaluator: evaluator) == nil)
                }
            }
        }
        let context = SearchContext(options: PlanningOptions(timeLimit: nil))
        let plan = PlanBuilder(problem: problem).plan(from: solution, strategy: "local-search", context: context)
        expectValid(plan, scenario)
    }
}

/// 2-opt undoes a crossing on a line: 0 → 10 → 30 → 20 → 40 costs 100, the straight order 80.
@Test func twoOptStraightensACrossedRoute() throws {
    let scenario = Scenario(
        objective: ObjectiveSettings(kind: .distance),
        technicians: [Technician(id: "t", start: .planar(x: 0, y: 0), shift: Shift(start: .minutes(0), end: .minutes(1000)))],
        visits: [10, 30, 20, 40].map { Visit(id: "x\(Int($0))", location: .planar(x: $0, y: 0), duration: 1, mandatory: true) })
    let problem = try Problem(scenario: scenario)
    var solution = Solution(problem: problem)
    for (position, v) in [0, 1, 2, 3].enumerated() { solution.insert(v, technician: 0, at: position) }
    #expect(abs(solution.cost - 100) < 1e-9)
    let move = try #require(TwoOpt().move(1, near: 0, in: solution, evaluator: MoveEvaluator(problem: problem))
        ?? TwoOpt().move(2, near: 0, in: solution, evaluator: MoveEvaluator(problem: problem)))
    #expect(abs(move.delta + 20) < 1e-9)
    #expect(move.apply(to: &solution))
    #expect(solution.routes[0].visits == [0, 2, 1, 3])
}

@Test func localSearchStrategyIsDeterministicAndValid() throws {
    let scenario = RandomFixtures.scenario(seed: 5, visits: 18)
    let problem = try Problem(scenario: scenario)
    let context = SearchContext(options: PlanningOptions(timeLimit: nil, seed: 3))
    let first = LocalSearchStrategy().plan(problem, context: context)
    let second = LocalSearchStrategy().plan(problem, context: context)
    #expect(first.routes == second.routes)
    expectValid(first, scenario)
    let regret = InsertionStrategy.regret.plan(problem, context: context)
    #expect(first.summary.cost <= regret.summary.cost + 1e-6)
}
