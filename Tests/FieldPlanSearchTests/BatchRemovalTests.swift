import FieldPlanModel
import Testing
@testable import FieldPlanSearch

/// `Solution.remove(all:)` reschedules each route once and, without follow-up links (whose
/// bounds depend on the order routes are rescheduled in), ends where removing the visits one at a
/// time ends.
@Test func removingVisitsTogetherMatchesRemovingThemOneByOne() throws {
    for seed in 1...30 as ClosedRange<UInt64> {
        let problem = try Problem(scenario: RandomFixtures.scenario(seed: seed, visits: 18, followUps: false))
        let start = RandomFixtures.solution(problem)
        var random = SeededRandom(seed: seed)
        let routed = (0..<problem.visitCount).filter { start.routeOf[$0] >= 0 }
        let removed = routed.filter { _ in random.unit() < 0.4 }
        var together = start, oneByOne = start
        together.remove(all: removed + removed.prefix(1))
        for v in removed { oneByOne.remove(v) }
        #expect(together.routes.map(\.visits) == oneByOne.routes.map(\.visits))
        #expect(together.outsiders == oneByOne.outsiders)
        #expect(together.routes.map(\.cost) == oneByOne.routes.map(\.cost))
        #expect(together.usedRoutes == oneByOne.usedRoutes)
        for v in 0..<problem.visitCount where together.routeOf[v] >= 0 {
            #expect(together.positionOf[v] == oneByOne.positionOf[v])
            #expect(together.visitStart[v] == oneByOne.visitStart[v])
        }
        if together.cost.isFinite { #expect(abs(together.cost - together.exactCost) < 1e-6) }
    }
}

/// With follow-up links, every link touching a rescheduled route still holds.
@Test func removingVisitsTogetherKeepsFollowUpLinks() throws {
    var checked = 0
    for seed in 1...40 as ClosedRange<UInt64> {
        let problem = try Problem(scenario: RandomFixtures.scenario(seed: seed, visits: 18))
        var solution = RandomFixtures.solution(problem)
        var random = SeededRandom(seed: seed)
        let removed = (0..<problem.visitCount).filter { solution.routeOf[$0] >= 0 && random.unit() < 0.3 }
        solution.remove(all: removed)
        #expect(removed.allSatisfy { solution.routeOf[$0] < 0 })
        guard solution.cost.isFinite else { continue }
        checked += 1
        for t in 0..<problem.technicianCount { #expect(solution.followUpsHold(in: t)) }
        #expect(abs(solution.cost - solution.exactCost) < 1e-6)
    }
    #expect(checked > 20)
}
