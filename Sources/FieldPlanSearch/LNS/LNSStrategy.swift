import FieldPlanModel
import Foundation
import Synchronization

/// `lns`: insertion construction, then ruin-and-recreate with simulated annealing, run on
/// `threads` independent searches whose seeds derive from (seed, index); the best plan wins, ties
/// going to the lowest index, so thread timing never changes the answer. With a
/// ``RouteRecombiner`` each search keeps its own ``RoutePool`` and recombines it now and then.
public struct LNSStrategy: PlanningStrategy {
    /// The strategy's name.
    public let name: String
    /// Recombines the routes each search pools; `nil` for plain `lns`.
    public let recombiner: (any RouteRecombiner)?

    /// Creates the strategy: `lns`, or a variant called `name` that hands its route pool to
    /// `recombiner`.
    public init(name: String = "lns", recombiner: (any RouteRecombiner)? = nil) {
        self.name = name
        self.recombiner = recombiner
    }

    /// Plans with large-neighbourhood search.
    public func plan(_ problem: Problem, context: SearchContext) -> Plan {
        let searching = PlanBuilder.searchContext(for: context)
        let initial = Construction.best(problem, context: searching)
        let threads = max(1, context.options.threads)
        let search = LargeNeighbourhoodSearch(problem: problem, recombiner: recombiner)
        let results = Mutex<[Solution?]>(Array(repeating: nil, count: threads))
        DispatchQueue.concurrentPerform(iterations: threads) { index in
            var random = SeededRandom(seed: context.options.seed, stream: index)
            let solution = search.run(from: initial, context: searching, random: &random, reports: index == 0)
            results.withLock { $0[index] = solution }
        }
        let solutions = results.withLock { $0.compactMap { $0 } }
        var best = solutions[0]
        for solution in solutions.dropFirst() where solution.cost < best.cost - 1e-9 { best = solution }
        return PlanBuilder(problem: problem).plan(from: best, strategy: name, context: context)
    }
}
