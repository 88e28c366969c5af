/// A local-search move family (relocate, swap, 2-opt*, …): looks for an improving move that
/// brings a visit next to one of its granular neighbours.
protocol LocalSearchOperator: Sendable {
    /// The name used in statistics and operator lists.
    var name: String { get }
    /// The first improving move of this family around `u` (routed) and its neighbour `v`
    /// (routed), or `nil`. Evaluation reads the solution only and allocates nothing.
    func move(_ u: Int, near v: Int, in solution: Solution, evaluator: MoveEvaluator) -> Move?
}

/// Counts kept per operator by the descent.
struct OperatorStatistics: Equatable {
    /// Neighbour pairs examined.
    var evaluated = 0
    /// Moves applied.
    var applied = 0
    /// Objective decrease from the applied moves.
    var gain = 0.0
}
