import FieldPlanModel

/// The search's hot paths, exposed for micro-benchmarks (`Benchmarks/`): insertion checks over
/// every route, and ruin-and-recreate iterations, on a solution built by cheapest insertion.
public struct SearchKernel: Sendable {
    private var solution: Solution
    private var random: SeededRandom
    private var move: RuinAndRecreate

    /// Builds the starting solution of `problem` by cheapest insertion.
    public init(problem: Problem, seed: UInt64 = 1) {
        var solution = Solution(problem: problem)
        let context = SearchContext(options: PlanningOptions(timeLimit: nil))
        InsertionConstruction(k: 1).run(&solution, candidates: Array(0..<problem.visitCount), context: context)
        self.solution = solution
        self.random = SeededRandom(seed: seed)
        self.move = RuinAndRecreate(problem: problem)
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
