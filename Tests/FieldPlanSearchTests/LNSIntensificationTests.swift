import FieldPlanModel
import FieldPlanTestSupport
import Testing
@testable import FieldPlanSearch

/// With an iteration limit and no time limit, the same seed gives the same plan (the descent
/// applied to new best solutions draws its order from the search's generator), and the plan
/// is valid and no worse than the local-search one.
@Test func lnsWithIntensificationIsDeterministicAndValid() throws {
    let scenario = RandomFixtures.scenario(seed: 9, visits: 18)
    let problem = try Problem(scenario: scenario)
    let context = SearchContext(options: PlanningOptions(timeLimit: nil, iterationLimit: 150, seed: 4))
    let first = LNSStrategy().plan(problem, context: context)
    let second = LNSStrategy().plan(problem, context: context)
    #expect(first.routes == second.routes)
    #expect(first.summary.cost == second.summary.cost)
    expectValid(first, scenario)
    let descended = LocalSearchStrategy().plan(problem, context: context)
    #expect(first.summary.cost <= descended.summary.cost + 1e-6)
}

/// The running objective kept by `Solution` equals the objective summed afresh after a run of
/// ruin-and-recreate iterations.
@Test func incrementalObjectiveMatchesRecomputation() throws {
    let problem = try Problem(scenario: RandomFixtures.scenario(seed: 3, visits: 20))
    var solution = RandomFixtures.solution(problem)
    var move = RuinAndRecreate(problem: problem)
    var random = SeededRandom(seed: 8)
    for _ in 0..<200 {
        var candidate = solution
        move.apply(to: &candidate, random: &random)
        if candidate.exactCost.isFinite {
            #expect(abs(candidate.cost - candidate.exactCost) < 1e-6)
            solution = candidate
        } else {
            #expect(candidate.cost == .infinity)
        }
        #expect(candidate.outsiders.sorted() == (0..<problem.visitCount).filter { candidate.routeOf[$0] < 0 })
        #expect(candidate.usedRoutes == candidate.routes.filter { !$0.isEmpty }.count)
    }
}
