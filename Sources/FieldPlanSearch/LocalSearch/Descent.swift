import FieldPlanModel

/// Descent over a list of operators restricted to granular neighbourhoods: for each visit `u`
/// and each of its nearest routed neighbours `v`, the operators are asked in turn for an
/// improving move, and the first one found is applied; passes repeat until none improves.
///
/// A pair is looked at again only when one of its routes changed since `u` was last examined,
/// so later passes cost little. Left-out visits stay out.
struct Descent {
    /// The operators, in the order they are asked.
    var operators: [any LocalSearchOperator]
    /// Per operator, what it examined and gained.
    private(set) var statistics: [OperatorStatistics]
    /// Neighbours looked at per visit.
    var granularity: Int
    private let neighbours: NeighbourLists
    private var lastTested: [Int]
    private var lastModified: [Int]
    private var order: [Int]

    /// Neighbours looked at per visit unless told otherwise.
    static let defaultGranularity = 20

    /// The default operator list, by name.
    static let standardOperators: [any LocalSearchOperator] = [
        Relocate(), Swap(), TwoOptStar(), OrOpt(), TwoOpt(), CrossExchange(), SwapStar(),
    ]

    /// The standard operators whose names are listed (all when `names` is `nil`).
    static func operators(named names: [String]?) -> [any LocalSearchOperator] {
        guard let names else { return standardOperators }
        return standardOperators.filter { names.contains($0.name) }
    }

    init(
        problem: Problem, neighbours: NeighbourLists,
        operators: [any LocalSearchOperator] = Descent.standardOperators, granularity: Int = Descent.defaultGranularity
    ) {
        self.operators = operators
        self.neighbours = neighbours
        self.granularity = granularity
        statistics = Array(repeating: OperatorStatistics(), count: operators.count)
        lastTested = Array(repeating: -1, count: problem.visitCount)
        lastModified = Array(repeating: 0, count: problem.technicianCount)
        order = Array(0..<problem.visitCount)
    }

    /// Improves `solution` to a local optimum of the operators, or until `shouldStop` says so.
    /// Visits are examined in an order drawn from `random`, so equal seeds give equal results.
    ///
    /// - Parameter changed: when given, the routes that changed since `solution` was last a
    ///   local optimum; pairs of visits in other routes are not examined until a move touches
    ///   their routes.
    mutating func improve(
        _ solution: inout Solution, changed: [Int]? = nil, random: inout SeededRandom, shouldStop: () -> Bool
    ) {
        let evaluator = MoveEvaluator(problem: solution.problem)
        let fresh = changed == nil
        for v in lastTested.indices { lastTested[v] = fresh ? -1 : 0 }
        for t in lastModified.indices { lastModified[t] = 0 }
        for t in changed ?? [] { lastModified[t] = 1 }
        var clock = 1
        order.shuffle(using: &random)
        var improved = true
        while improved {
            improved = false
            for u in order where solution.routeOf[u] >= 0 {
                if shouldStop() {
                    solution.resynchroniseCost()
                    return
                }
                let tested = lastTested[u]
                lastTested[u] = clock
                if examine(u, since: tested, in: &solution, evaluator: evaluator, clock: &clock) { improved = true }
            }
        }
        solution.resynchroniseCost()
    }

    /// Tries the operators on `u` and its neighbours; applies the first improving move.
    private mutating func examine(
        _ u: Int, since tested: Int, in solution: inout Solution, evaluator: MoveEvaluator, clock: inout Int
    ) -> Bool {
        for v in neighbours.neighbours[u].prefix(granularity) {
            let ru = solution.routeOf[u], rv = solution.routeOf[v]
            guard rv >= 0, lastModified[ru] > tested || lastModified[rv] > tested else { continue }
            for k in operators.indices {
                statistics[k].evaluated += 1
                guard let move = operators[k].move(u, near: v, in: solution, evaluator: evaluator) else { continue }
                let before = solution.cost
                guard move.apply(to: &solution) else { continue }
                clock += 1
                lastModified[move.first.technician] = clock
                if let second = move.second { lastModified[second.technician] = clock }
                statistics[k].applied += 1
                statistics[k].gain += before - solution.cost
                return true
            }
        }
        return false
    }
}
