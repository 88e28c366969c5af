import FieldPlanModel

/// A strategy that plans by insertion alone: `greedy` (cheapest) or `regret` (regret-k).
public struct InsertionStrategy: PlanningStrategy {
    /// `greedy` or `regret`.
    public let name: String
    /// Whether regret-k (with the options' k) is used instead of cheapest insertion.
    public let usesRegret: Bool

    /// The cheapest-insertion strategy.
    public static let greedy = InsertionStrategy(name: "greedy", usesRegret: false)
    /// The regret-k insertion strategy.
    public static let regret = InsertionStrategy(name: "regret", usesRegret: true)

    /// Plans by inserting every visit where it costs least (or is regretted most).
    public func plan(_ problem: Problem, context: SearchContext) -> Plan {
        var solution = Solution(problem: problem)
        let k = usesRegret ? max(2, context.options.regretK) : 1
        InsertionConstruction(k: k).run(&solution, candidates: Array(0..<problem.visitCount), context: context)
        return PlanBuilder(problem: problem).plan(from: solution, strategy: name, context: context)
    }
}
