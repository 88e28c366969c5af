import FieldPlanModel

/// `local-search`: insertion construction followed by a descent over every standard operator
/// (relocate, swap, 2-opt*, or-opt, 2-opt, cross-exchange) to a local optimum.
public struct LocalSearchStrategy: PlanningStrategy {
    /// The strategy's name.
    public let name = "local-search"

    /// Creates the strategy.
    public init() {}

    /// Plans by construction and descent.
    public func plan(_ problem: Problem, context: SearchContext) -> Plan {
        let search = PlanBuilder.searchContext(for: context)
        var solution = Construction.best(problem, context: search)
        let neighbours = NeighbourLists(problem: problem, size: Descent.defaultGranularity)
        var descent = Descent(problem: problem, neighbours: neighbours)
        var random = SeededRandom(seed: context.options.seed)
        descent.improve(&solution, random: &random) { search.shouldStop() }
        return PlanBuilder(problem: problem).plan(from: solution, strategy: name, context: context)
    }
}
