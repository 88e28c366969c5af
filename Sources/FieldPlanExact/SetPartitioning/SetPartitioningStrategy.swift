import FieldPlanModel
import FieldPlanSearch

/// `lns+sp`: the large-neighbourhood search of `lns`, whose searches pool the routes they see and
/// recombine them now and then, and once at the end, with a set-partitioning MIP solved by GLPK
/// (``SetPartitioningRecombiner``); each search continues from the recombined plan.
///
/// Same options as `lns` (time limit, seed, threads, iteration limit); with an iteration limit and
/// one thread the plan depends only on the seed.
public struct SetPartitioningStrategy: PlanningStrategy {
    /// The strategy's name.
    public let name = "lns+sp"

    /// Creates the strategy.
    public init() {}

    /// Plans with large-neighbourhood search and set-partitioning recombination.
    public func plan(_ problem: Problem, context: SearchContext) -> Plan {
        LNSStrategy(name: name, recombiner: SetPartitioningRecombiner()).plan(problem, context: context)
    }
}
