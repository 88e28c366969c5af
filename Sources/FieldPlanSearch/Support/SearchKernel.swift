import FieldPlanModel

/// The search's hot paths, exposed for micro-benchmarks (`Benchmarks/`): single insertion checks
/// and single move evaluations, a descent, and ruin-and-recreate iterations, on a solution built
/// by cheapest insertion.
///
/// Everything an evaluation reads is prepared by the initialiser, so a benchmark's inner loop
/// measures the evaluation alone (and its allocations, which must be none).
public struct SearchKernel: Sendable {
    private var solution: Solution
    private var random: SeededRandom
    private var move: RuinAndRecreate
    private let neighbours: NeighbourLists
    private let operators: [any LocalSearchOperator]
    private var evaluator: MoveEvaluator
    /// (visit, route) insertion checks: every tenth visit, taken out, against every route in use.
    private let insertions: [(visit: Int, route: Int)]
    /// (visit, granular neighbour) pairs, both routed.
    private let pairs: [(u: Int, v: Int)]

    /// Builds the starting solution of `problem` by cheapest insertion, then takes every tenth
    /// routed visit out again for the insertion checks.
    public init(problem: Problem, seed: UInt64 = 1) {
        var solution = Solution(problem: problem)
        let context = SearchContext(options: PlanningOptions(timeLimit: nil))
        InsertionConstruction(k: 1).run(&solution, candidates: Array(0..<problem.visitCount), context: context)
        let neighbours = NeighbourLists(problem: problem, size: Descent.defaultGranularity)
        var pairs: [(u: Int, v: Int)] = []
        for u in 0..<problem.visitCount where solution.routeOf[u] >= 0 && u % 10 != 0 {
            for v in neighbours.neighbours[u] where solution.routeOf[v] >= 0 && v % 10 != 0 { pairs.append((u, v)) }
        }
        let removed = (0..<problem.visitCount).filter { $0 % 10 == 0 && solution.routeOf[$0] >= 0 }
        for v in removed { solution.remove(v) }
        let used = (0..<problem.technicianCount).filter { !solution.routes[$0].isEmpty }
        self.insertions = removed.flatMap { v in used.map { (visit: v, route: $0) } }
        self.pairs = pairs
        self.solution = solution
        self.random = SeededRandom(seed: seed)
        self.move = RuinAndRecreate(problem: problem)
        self.neighbours = neighbours
        self.operators = Descent.standardOperators
        self.evaluator = MoveEvaluator(problem: problem)
    }

    /// The names of the local-search operators, standard and optional, in the order
    /// `evaluateMove(operator:pair:)` takes.
    public static var operatorNames: [String] { Descent.standardOperators.map(\.name) }

    /// Whether schedules are checked from cached timings where they apply (`true`, the search's
    /// setting) or always by simulation (`false`, to measure the difference).
    public var usesSlack: Bool {
        get { evaluator.usesSlack }
        set { evaluator.usesSlack = newValue }
    }

    /// Number of prepared insertion checks.
    public var insertionCount: Int { insertions.count }
    /// Number of prepared (visit, neighbour) pairs.
    public var pairCount: Int { pairs.count }
    /// Mean number of visits per route in use.
    public var meanRouteLength: Double {
        let used = solution.routes.filter { !$0.isEmpty }
        return used.isEmpty ? 0 : Double(solution.routedCount) / Double(used.count)
    }

    /// Checks every position of prepared insertion `index` (modulo their number) and returns the
    /// best cost change (infinity when none fits).
    public mutating func evaluateInsertion(_ index: Int) -> Double {
        let job = insertions[index % insertions.count]
        var random = self.random
        let insertion = solution.bestInsertion(
            of: job.visit, into: job.route, cutoff: .infinity, blinkRate: 0, random: &random,
            usesSlack: evaluator.usesSlack)
        return insertion?.delta ?? .infinity
    }

    /// Asks operator `k` (index into `operatorNames`) for an improving move on prepared pair
    /// `index` (modulo their number), without applying it; returns whether it found one.
    public func evaluateMove(operator k: Int, pair index: Int) -> Bool {
        let pair = pairs[index % pairs.count]
        return operators[k].move(pair.u, near: pair.v, in: solution, evaluator: evaluator) != nil
    }

    /// Runs the local-search descent from the starting solution; returns the cost reached.
    public func descend() -> Double {
        var copy = solution
        var descent = Descent(problem: solution.problem, neighbours: neighbours)
        var random = SeededRandom(seed: 1)
        descent.improve(&copy, random: &random) { false }
        return copy.cost
    }

    /// The current objective.
    public var cost: Double { solution.cost }

    /// Runs `count` ruin-and-recreate iterations, accepting improvements only; returns the cost.
    public mutating func ruinAndRecreate(iterations count: Int) -> Double {
        for _ in 0..<count {
            var candidate = solution
            move.apply(to: &candidate, random: &random)
            if candidate.cost < solution.cost { solution = candidate }
        }
        return solution.cost
    }
}
