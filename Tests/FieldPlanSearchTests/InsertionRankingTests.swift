import FieldPlanModel
import Testing
@testable import FieldPlanSearch

/// `InsertionRanking` and the construction that keeps it up to date instead of re-ranking every
/// route at every step.
struct InsertionRankingTests {
    @Test func keepsTheCheapestInsertionsByCostThenRoute() {
        var ranking = InsertionRanking(visitCount: 2, depth: 2)
        ranking.offer(1, route: 3, cost: 5)
        ranking.offer(1, route: 1, cost: 5)
        #expect(ranking.route[2...3] == [1, 3])
        ranking.offer(1, route: 2, cost: 4)
        #expect(ranking.route[2...3] == [2, 1])
        #expect(ranking.cost[2...3] == [4, 5])
        ranking.offer(1, route: 0, cost: 6)
        ranking.offer(1, route: 4, cost: .infinity)
        #expect(ranking.route[2...3] == [2, 1])
        #expect(ranking.ranks(1, route: 1) && !ranking.ranks(1, route: 3))
        #expect(ranking.route[0...1] == [-1, -1])
    }

    @Test func rankingCountsTheEmptyRoutesOfTwinsOnce() {
        var ranking = InsertionRanking(visitCount: 1, depth: 3)
        var claimed = [-1, -1], stamp = 0
        // Routes 0, 1 and 3 are empty twins of class 0; route 2 (class 1) is in use.
        ranking.rank(
            0, table: [7, 7, 9, 7], routeCount: 4, isEmpty: [true, true, false, true], twinClass: [0, 0, 1, 0],
            claimed: &claimed, stamp: &stamp)
        #expect(ranking.route == [0, 2, -1])
        #expect(ranking.cost == [7, 9, .infinity])
    }

    /// The construction picks exactly what ranking every route of every pending visit afresh at
    /// each step picks, on scenarios with every constraint and with twin technicians.
    @Test(arguments: [1, 2, 3])
    func constructionMatchesRankingAfreshAtEveryStep(k: Int) throws {
        var scenarios = (1...6 as ClosedRange<UInt64>).map { RandomFixtures.scenario(seed: $0, visits: 16) }
        var twins = RandomFixtures.scenario(seed: 5, visits: 16)
        twins.technicians.append(contentsOf: (0..<3).map { i in
            var twin = twins.technicians[2]
            twin.id = "twin\(i)"
            return twin
        })
        scenarios.append(twins)
        for scenario in scenarios {
            let problem = try Problem(scenario: scenario)
            var solution = Solution(problem: problem)
            InsertionConstruction(k: k).run(
                &solution, candidates: Array(0..<problem.visitCount),
                context: SearchContext(options: PlanningOptions(timeLimit: nil)))
            let reference = Self.rankingAfresh(problem, k: k)
            #expect(solution.routes.map(\.visits) == reference.routes.map(\.visits))
            #expect(solution.cost == reference.cost)
        }
    }

    /// Regret-k insertion re-ranking every route of every pending visit at each step (mandatory
    /// visits first, as the construction does).
    private static func rankingAfresh(_ problem: Problem, k: Int) -> Solution {
        var solution = Solution(problem: problem)
        let all = Array(0..<problem.visitCount)
        let mandatory = all.filter { problem.mandatory[$0] }
        let phases = mandatory.isEmpty || mandatory.count == all.count
            ? [all] : [mandatory, all.filter { !problem.mandatory[$0] }]
        for phase in phases {
            var pending = phase
            while true {
                var chosen = -1, chosenRoute = -1, chosenPosition = -1
                var chosenScore = -Double.infinity, chosenGain = -Double.infinity
                for (index, v) in pending.enumerated() {
                    var options: [(cost: Double, route: Int, position: Int)] = []
                    var emptyClasses: Set<Int> = []
                    for t in 0..<problem.technicianCount {
                        if solution.routes[t].isEmpty && !emptyClasses.insert(problem.twinClass[t]).inserted { continue }
                        if let insertion = solution.bestInsertion(of: v, into: t) {
                            options.append((insertion.delta, t, insertion.position))
                        }
                    }
                    options.sort { $0.cost < $1.cost || ($0.cost == $1.cost && $0.route < $1.route) }
                    let penalty = problem.unassignedPenalty[v]
                    guard let best = options.first, best.cost < penalty else { continue }
                    let gain = penalty - best.cost
                    var score = gain
                    if k >= 2 {
                        score = 0
                        for i in 1..<k { score += min(i < options.count ? options[i].cost : .infinity, penalty) - best.cost }
                    }
                    if score > chosenScore || (score == chosenScore && gain > chosenGain) {
                        (chosen, chosenRoute, chosenPosition) = (index, best.route, best.position)
                        (chosenScore, chosenGain) = (score, gain)
                    }
                }
                guard chosen >= 0 else { break }
                let v = pending.remove(at: chosen)
                let inserted = solution.insert(v, technician: chosenRoute, at: chosenPosition)
                #expect(inserted)
            }
        }
        return solution
    }
}
