import FieldPlanModel

/// Ruin and recreate with simulated annealing: the engine of the `lns` strategy.
///
/// Each iteration cuts strings (or random visits) out of a copy of the current solution, puts
/// them and a sample of the left-out visits back greedily, and accepts the result by annealing.
/// The starting solution and every new best solution are intensified by the local-search
/// descent (on the routes that differ from the previous best). The best solution seen is
/// returned when the context says stop. With a ``RouteRecombiner``, the routes seen go into a
/// ``RoutePool`` that the recombiner turns into better solutions now and then and at the end
/// (``Recombination``); the search continues from each one.
struct LargeNeighbourhoodSearch {
    let problem: Problem
    /// Whether new best solutions are improved by the local-search descent.
    var intensifies = true
    /// Recombines pooled routes; `nil` for plain ruin and recreate.
    var recombiner: (any RouteRecombiner)?
    /// The most routes the pool keeps.
    var poolCapacity = 3000
    /// Iterations run when the options give neither a time nor an iteration limit.
    static let defaultIterations = 20_000

    /// Improves `initial` until the context stops the run.
    func run(from initial: Solution, context run: SearchContext, random: inout SeededRandom, reports: Bool) -> Solution {
        var recombination = recombiner.map { Recombination(problem: problem, recombiner: $0, capacity: poolCapacity) }
        let context = recombination?.loopContext(run) ?? run
        var move = RuinAndRecreate(problem: problem)
        var descent = Descent(problem: problem, neighbours: move.neighbours)
        var current = initial
        if intensifies { descent.improve(&current, random: &random) { context.shouldStop() } }
        var best = current
        var currentCost = current.cost, bestCost = currentCost
        recombination?.admit(current)
        func adopt(_ recombined: Solution, iteration: Int) {
            var improved = recombined
            if intensifies {
                let changed = (0..<problem.technicianCount).filter {
                    improved.routes[$0].visits != best.routes[$0].visits
                }
                descent.improve(&improved, changed: changed, random: &random) { run.shouldStop() }
            }
            recombination?.admit(improved)
            best = improved
            current = improved
            bestCost = improved.cost
            currentCost = bestCost
            if reports {
                run.progress(ProgressEvent(
                    elapsedSeconds: run.elapsed(), iteration: iteration, bestCost: bestCost, phase: "recombination"))
            }
        }
        let annealing = Self.annealing(for: initial)
        let options = context.options
        let iterationLimit = options.iterationLimit
            ?? (options.timeLimit == nil ? Self.defaultIterations : nil)
        var iteration = 0
        var lastReport = run.elapsed()
        while true {
            if let iterationLimit, iteration >= iterationLimit { break }
            if context.shouldStop() { break }
            iteration += 1
            var fraction = 0.0
            if let iterationLimit { fraction = Double(iteration) / Double(iterationLimit) }
            if let limit = options.timeLimit, limit > 0 { fraction = max(fraction, context.elapsed() / limit) }
            var candidate = current
            move.apply(to: &candidate, random: &random)
            let cost = candidate.cost
            if annealing.accepts(candidate: cost, current: currentCost, fraction: fraction, random: &random) {
                recombination?.admitChanged(candidate, previous: current)
                current = candidate
                currentCost = cost
                if cost < bestCost - 1e-9 {
                    if intensifies {
                        let changed = (0..<problem.technicianCount).filter {
                            candidate.routes[$0].visits != best.routes[$0].visits
                        }
                        descent.improve(&candidate, changed: changed, random: &random) { context.shouldStop() }
                        current = candidate
                        currentCost = candidate.cost
                    } else {
                        candidate.resynchroniseCost()
                    }
                    recombination?.admit(candidate)
                    best = candidate
                    bestCost = candidate.cost
                }
            }
            if recombination?.isDue(iteration) == true,
               let recombined = recombination?.recombine(best, iteration: iteration, context: context) {
                adopt(recombined, iteration: iteration)
            }
            if reports {
                let now = run.elapsed()
                if now - lastReport >= 0.25 {
                    lastReport = now
                    run.progress(ProgressEvent(
                        elapsedSeconds: now, iteration: iteration, bestCost: bestCost, phase: "lns"))
                }
            }
        }
        if !run.cancellation.isCancelled,
           let recombined = recombination?.recombine(best, iteration: nil, context: run) {
            adopt(recombined, iteration: iteration)
        }
        return best
    }

    /// Temperatures scaled to the instance: from three average arc costs down to a tenth of one
    /// (chosen on Solomon's hardest R1/RC instances; SISR's fixed 100 → 1 assumes larger units).
    static func annealing(for solution: Solution) -> SimulatedAnnealing {
        var routeCost = 0.0, arcs = 0
        for route in solution.routes where !route.isEmpty {
            routeCost += route.cost
            arcs += route.visits.count + 1
        }
        let perArc = arcs > 0 ? max(routeCost / Double(arcs), 1e-3) : 1
        return SimulatedAnnealing(initial: perArc * 3, final: perArc * 0.1)
    }
}
