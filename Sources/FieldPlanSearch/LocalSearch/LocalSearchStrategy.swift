import FieldPlanModel

/// `local-search`: insertion construction followed by relocate descent to a local optimum.
public struct LocalSearchStrategy: PlanningStrategy {
    /// The strategy's name.
    public let name = "local-search"

    /// Creates the strategy.
    public init() {}

    /// Plans by construction and descent.
    public func plan(_ problem: Problem, context: SearchContext) -> Plan {
        var solution = Construction.best(problem, context: context)
        var iterations = 0
        RelocateDescent().improve(&solution) {
            iterations += 1
            return context.shouldStop(iteration: iterations / max(1, problem.visitCount))
        }
        return PlanBuilder(problem: problem).plan(from: solution, strategy: name, context: context)
    }
}
