import FieldPlanModel

/// The large-neighbourhood search's side of route recombination: it fills a ``RoutePool`` with
/// the routes of accepted and best solutions, calls the ``RouteRecombiner`` on an adaptive
/// iteration cadence and once at the end, and rebuilds the answer with the search's scheduling.
///
/// The cadence counts iterations, not seconds, so that a run with an iteration limit is
/// deterministic: after a call that improved the best solution the next comes sooner (the
/// interval halves, down to ``minimumInterval``), after one that did not it comes later (the
/// interval doubles, up to ``maximumInterval``).
struct Recombination {
    let problem: Problem
    let recombiner: any RouteRecombiner
    private(set) var pool: RoutePool
    /// Iterations until the call after the next one.
    private(set) var interval: Int
    /// The iteration of the next call.
    private(set) var nextCall: Int
    /// Calls made, and calls that improved the best solution.
    private(set) var calls = 0, improvements = 0

    /// Iterations before the first call.
    static let initialInterval = 2_000
    /// Shortest interval between calls.
    static let minimumInterval = 1_000
    /// Longest interval between calls.
    static let maximumInterval = 32_000
    /// Share of the remaining time a periodic call may use, and its cap in seconds.
    static let periodicShare = 0.05, periodicCap = 1.0
    /// Share of the time limit kept for the final call, and its cap in seconds.
    static let finalShare = 0.05, finalCap = 2.0
    /// A call's budget when the run has no time limit: a safety net, far above what a pool of
    /// a few thousand routes needs, so that runs with an iteration limit stay deterministic.
    static let untimedCap = 10.0

    init(problem: Problem, recombiner: any RouteRecombiner, capacity: Int) {
        self.problem = problem
        self.recombiner = recombiner
        pool = RoutePool(problem: problem, capacity: capacity)
        interval = Self.initialInterval
        nextCall = Self.initialInterval
    }

    /// Adds every route of `solution`.
    mutating func admit(_ solution: Solution) {
        for t in 0..<problem.technicianCount { admit(solution, t) }
    }

    /// Adds the routes of `candidate` that differ from those of `previous`.
    mutating func admitChanged(_ candidate: Solution, previous: Solution) {
        for t in 0..<problem.technicianCount where candidate.routes[t].visits != previous.routes[t].visits {
            admit(candidate, t)
        }
    }

    private mutating func admit(_ solution: Solution, _ t: Int) {
        let route = solution.routes[t]
        guard route.isFeasible, !route.isEmpty else { return }
        pool.admit(technician: t, visits: route.visits, cost: route.cost)
    }

    /// Whether a periodic call is due at `iteration`.
    func isDue(_ iteration: Int) -> Bool { iteration >= nextCall }

    /// The context the search loop runs under: the run's, with the final call's share of the
    /// time limit kept back.
    func loopContext(_ context: SearchContext) -> SearchContext {
        guard let remaining = Self.remaining(context) else { return context }
        let limit = context.options.timeLimit ?? 0
        var options = context.options
        options.timeLimit = max(0, remaining - min(Self.finalShare * limit, Self.finalCap))
        return SearchContext(
            options: options, clock: context.clock, cancellation: context.cancellation, progress: context.progress)
    }

    /// Asks the recombiner for a plan cheaper than `best`; the rebuilt solution when it is one.
    /// A periodic call (at `iteration`) also moves the cadence on; the final call uses the whole
    /// remaining time.
    mutating func recombine(_ best: Solution, iteration: Int?, context: SearchContext) -> Solution? {
        let budget: Double
        if let remaining = Self.remaining(context) {
            budget = iteration == nil ? remaining : min(Self.periodicCap, Self.periodicShare * remaining)
        } else {
            budget = Self.untimedCap
        }
        var options = context.options
        options.timeLimit = budget
        options.iterationLimit = nil
        let callContext = SearchContext(
            options: options, clock: context.clock, cancellation: context.cancellation, progress: context.progress)
        var incumbent: [PooledRoute] = []
        for (t, route) in best.routes.enumerated() where !route.isEmpty {
            incumbent.append(PooledRoute(
                technician: t, fleet: problem.twinClass[t], visits: route.visits, cost: route.cost))
        }
        calls += 1
        var result: Solution?
        if budget > 0, !context.cancellation.isCancelled,
           let sequences = recombiner.recombine(
            pool: pool, incumbent: incumbent, problem: problem, context: callContext),
           let rebuilt = PlanAssembler(problem: problem).solution(sequences: sequences),
           rebuilt.cost < best.cost - 1e-9 {
            var solution = rebuilt
            solution.resynchroniseCost()
            result = solution
        }
        if let iteration {
            if result != nil {
                improvements += 1
                interval = max(Self.minimumInterval, interval / 2)
            } else {
                interval = min(Self.maximumInterval, interval * 2)
            }
            nextCall = iteration + interval
        }
        return result
    }

    private static func remaining(_ context: SearchContext) -> Double? {
        context.options.timeLimit.map { max(0, $0 - context.elapsed()) }
    }
}
