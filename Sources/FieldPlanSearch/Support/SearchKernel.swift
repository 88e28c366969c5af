import FieldPlanModel

/// The search's hot paths, exposed for micro-benchmarks (`Benchmarks/`): insertion checks over
/// every route, and ruin-and-recreate iterations, on a solution built by cheapest insertion.
public struct SearchKernel: Sendable {
    private var solution: Solution
    private var random: SeededRandom
    private var move: RuinAndRecreate
    private let neighbours: NeighbourLists

    /// Builds the starting solution of `problem` by cheapest insertion.
    public init(problem: Problem, seed: UInt64 = 1) {
        var solution = Solution(problem: problem)
        let context = SearchContext(options: PlanningOptions(timeLimit: nil))
        InsertionConstruction(k: 1).run(&solution, candidates: Array(0..<problem.visitCount), context: context)
        self.solution = solution
        self.random = SeededRandom(seed: seed)
        self.move = RuinAndRecreate(problem: problem)
        self.neighbours = NeighbourLists(problem: problem, size: Descent.defaultGranularity)
    }

    /// The names of the local-search operators, for `evaluateMoves(of:pairs:)`.
    public static var operatorNames: [String] { Descent.standardOperators.map(\.name) }

    /// Evaluates operator `name` on `count` (visit, granular neighbour) pairs, cycling through
    /// the routed visits, without applying anything; returns how many improving moves it found.
    public func evaluateMoves(of name: String, pairs count: Int) -> Int {
        guard let op = Descent.operators(named: [name]).first else { return 0 }
        let evaluator = MoveEvaluator(problem: solution.problem)
        let V = solution.problem.visitCount
        var found = 0, done = 0, u = 0, k = 0
        while done < count {
            let list = neighbours.neighbours[u]
            if solution.routeOf[u] >= 0 && k < list.count && solution.routeOf[list[k]] >= 0 {
                if op.move(u, near: list[k], in: solution, evaluator: evaluator) != nil { found += 1 }
                done += 1
            }
            k += 1
            if k >= list.count {
                k = 0
                u = (u + 1) % V
            }
            if u == 0 && k == 0 && found == 0 && done == 0 { break }
        }
        return found
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

    /// Checks the best insertion of `count` visits (cycling through all) into every route, the
    /// way recreate does, without applying them; returns the sum of the best cost changes.
    public mutating func evaluateInsertions(count: Int) -> Double {
        let p = solution.problem
        var total = 0.0
        for i in 0..<count {
            let v = i % p.visitCount
            var best = Double.infinity
            for t in 0..<p.technicianCount {
                if let insertion = solution.bestInsertion(of: v, into: t, cutoff: best) { best = insertion.delta }
            }
            if best.isFinite { total += best }
        }
        return total
    }

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
