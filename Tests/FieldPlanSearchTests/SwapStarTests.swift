import FieldPlanModel
import FieldPlanTestSupport
import Foundation
import Testing
@testable import FieldPlanSearch

/// Two full routes (capacity 3) from the origin: r1 = u(0,20), a1(10,0), a2(20,0) and
/// r2 = b1(0,10), b2(0,30), v(15,0). Exchanging u and v in place gives 50 + 60; SWAP* puts v
/// between a1 and a2 and u between b1 and b2: 40 + 60, from 72.36 + 78.54.
private func crossedRoutes() throws -> (Scenario, Problem, Solution) {
    let points: [(String, Double, Double)] = [("u", 0, 20), ("a1", 10, 0), ("a2", 20, 0), ("b1", 0, 10), ("b2", 0, 30), ("v", 15, 0)]
    let scenario = Scenario(
        objective: ObjectiveSettings(kind: .distance),
        technicians: (0..<2).map {
            Technician(id: "t\($0)", start: .planar(x: 0, y: 0), shift: Shift(start: .minutes(0), end: .minutes(1000)), capacity: 3)
        },
        visits: points.map { Visit(id: $0.0, location: .planar(x: $0.1, y: $0.2), duration: 1, mandatory: true, demand: 1) })
    let problem = try Problem(scenario: scenario)
    var solution = Solution(problem: problem)
    for (t, visits) in [[0, 1, 2], [3, 4, 5]].enumerated() {
        for (position, v) in visits.enumerated() {
            let inserted = solution.insert(v, technician: t, at: position)
            #expect(inserted)
        }
    }
    return (scenario, problem, solution)
}

@Test func swapStarPutsBothVisitsAtTheirBestPlaces() throws {
    let (scenario, problem, solution) = try crossedRoutes()
    let evaluator = MoveEvaluator(problem: problem)
    let first: Double = 20 + hypot(10.0, 20.0) + 10 + 20
    let second: Double = 10 + 20 + hypot(15.0, 30.0) + 15
    let before = first + second
    #expect(abs(solution.cost - before) < 1e-6)
    let plain = try #require(Swap().move(0, near: 5, in: solution, evaluator: evaluator))
    #expect(abs(plain.delta - (110 - before)) < 1e-6)
    let move = try #require(SwapStar().move(0, near: 5, in: solution, evaluator: evaluator))
    #expect(abs(move.delta - (100 - before)) < 1e-6)
    var after = solution
    #expect(move.apply(to: &after))
    #expect(after.routes[0].visits == [1, 5, 2])
    #expect(after.routes[1].visits == [3, 0, 4])
    #expect(abs(after.exactCost - 100) < 1e-6)
    let context = SearchContext(options: PlanningOptions(timeLimit: nil))
    expectValid(PlanBuilder(problem: problem).plan(from: after, strategy: "local-search", context: context), scenario)
}

/// Relocating alone cannot help (both routes are full), so only an exchange improves them.
@Test func relocateCannotMoveIntoAFullRoute() throws {
    let (_, problem, solution) = try crossedRoutes()
    let evaluator = MoveEvaluator(problem: problem)
    for u in 0..<problem.visitCount {
        for v in 0..<problem.visitCount where u != v && solution.routeOf[u] != solution.routeOf[v] {
            #expect(Relocate().move(u, near: v, in: solution, evaluator: evaluator) == nil)
        }
    }
}

/// Every draft SWAP* builds holds the other route's visits exactly once and the moved visit at
/// the place asked for, whatever the two positions.
@Test func swapStarDraftsKeepEveryVisitOnce() throws {
    let problem = try Problem(scenario: RandomFixtures.scenario(seed: 4, visits: 20, followUps: false))
    let solution = RandomFixtures.solution(problem)
    let used = (0..<problem.technicianCount).filter { !solution.routes[$0].isEmpty }
    try #require(used.count >= 2)
    let (t, other) = (used[0], used[1])
    let route = solution.routes[t].visits
    for removed in route.indices {
        for after in -1..<route.count where after != removed {
            let draft = SwapStar.draft(t, without: removed, inserting: RoutePiece(other, 0, 1), after: after, in: solution)
            let visits = draft.visits(in: solution.routes)
            var expected = route
            expected.remove(at: removed)
            let place = after == removed - 1 ? removed : (after < removed ? after + 1 : after)
            expected.insert(solution.routes[other].visits[0], at: place)
            #expect(visits == expected)
        }
    }
}

/// The cheapest-places list keeps the smallest costs in order, ties to the earlier offer.
@Test func cheapestPlacesKeepsTheSmallestInOrder() {
    var places = CheapestPlaces(keeping: 3)
    for (cost, after) in [(5.0, 0), (2.0, 1), (7.0, 2), (2.0, 3), (1.0, 4), (9.0, 5)] {
        places.offer(cost: cost, after: after)
    }
    #expect(places.count == 3)
    #expect((0..<3).map { places.cost($0) } == [1, 2, 2])
    #expect((0..<3).map { places.after($0) } == [4, 1, 3])
    var one = CheapestPlaces(keeping: 1)
    one.offer(cost: 3, after: 0)
    one.offer(cost: 3, after: 1)
    #expect(one.count == 1 && one.after(0) == 0)
}

/// A descent over every operator, SWAP* included, is deterministic for a seed, never raises the
/// cost, ends where SWAP* finds nothing, and its plan passes the validator (breaks, skills,
/// pins, follow-ups, SLAs).
@Test func descentWithSwapStarIsDeterministicAndValid() throws {
    for seed in UInt64(30)...33 {
        let scenario = RandomFixtures.scenario(seed: seed, visits: 18)
        let problem = try Problem(scenario: scenario)
        let start = RandomFixtures.solution(problem)
        let operators = Descent.standardOperators
        var results: [Solution] = []
        for _ in 0..<2 {
            var solution = start
            var descent = Descent(problem: problem, neighbours: NeighbourLists(problem: problem, size: 40), operators: operators, granularity: 40)
            var random = SeededRandom(seed: seed)
            descent.improve(&solution, random: &random) { false }
            results.append(solution)
        }
        #expect(results[0].routes.map(\.visits) == results[1].routes.map(\.visits))
        let solution = results[0]
        #expect(solution.exactCost <= start.exactCost + 1e-9)
        let evaluator = MoveEvaluator(problem: problem)
        for u in 0..<problem.visitCount where solution.routeOf[u] >= 0 {
            for v in 0..<problem.visitCount where v != u && solution.routeOf[v] >= 0 {
                #expect(SwapStar().move(u, near: v, in: solution, evaluator: evaluator) == nil)
            }
        }
        let context = SearchContext(options: PlanningOptions(timeLimit: nil))
        expectValid(PlanBuilder(problem: problem).plan(from: solution, strategy: "local-search", context: context), scenario)
    }
}
