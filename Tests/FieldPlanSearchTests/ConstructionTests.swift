import FieldPlanModel
import Synchronization
import Testing
@testable import FieldPlanSearch

/// `Construction.best`: the better of cheapest and regret-2 insertion, unless cheapest insertion
/// already took a quarter of the time limit.
struct ConstructionTests {
    /// A context whose clock reads `elapsed` seconds after the start for the whole run.
    private func context(timeLimit: Double?, elapsed: Double) -> SearchContext {
        let readings = ClockReadings(first: 1000, then: 1000 + elapsed)
        return SearchContext(options: PlanningOptions(timeLimit: timeLimit), clock: { readings.next() })
    }

    private func construction(_ k: Int, _ problem: Problem) -> Solution {
        var solution = Solution(problem: problem)
        InsertionConstruction(k: k).run(
            &solution, candidates: Array(0..<problem.visitCount),
            context: SearchContext(options: PlanningOptions(timeLimit: nil)))
        return solution
    }

    @Test func regretIsTriedOnlyWhileTheGreedyConstructionLeavesTheSearchItsTime() throws {
        let problems = try (1...40 as ClosedRange<UInt64>).map { try Problem(scenario: RandomFixtures.scenario(seed: $0)) }
        let problem = try #require(problems.first { construction(2, $0).cost < construction(1, $0).cost - 1e-9 },
                                   "some seed where regret-2 beats cheapest insertion")
        let greedy = construction(1, problem).cost, regret = construction(2, problem).cost

        #expect(abs(Construction.best(problem, context: context(timeLimit: nil, elapsed: 30)).cost - regret) < 1e-9)
        #expect(abs(Construction.best(problem, context: context(timeLimit: 100, elapsed: 20)).cost - regret) < 1e-9)
        #expect(abs(Construction.best(problem, context: context(timeLimit: 100, elapsed: 30)).cost - greedy) < 1e-9)
    }
}

/// A clock that reads `first` once (the context's start), then `then` for ever.
private final class ClockReadings: Sendable {
    private let started = Mutex(false)
    private let first: Double, then: Double

    init(first: Double, then: Double) {
        self.first = first
        self.then = then
    }

    func next() -> Double {
        started.withLock { started in
            defer { started = true }
            return started ? then : first
        }
    }
}
