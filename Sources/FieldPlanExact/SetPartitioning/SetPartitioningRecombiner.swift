import FieldPlanModel
import FieldPlanSearch
import LinearProgramming

/// Recombines pooled routes by solving a ``SetPartitioningModel`` with GLPK, warm-started with
/// the incumbent, within the context's time limit and honouring its cancellation.
public struct SetPartitioningRecombiner: RouteRecombiner {
    /// Creates the recombiner.
    public init() {}

    /// The best combination of pooled and incumbent routes GLPK finds in the context's time
    /// limit, as visit sequences per technician; `nil` when it is no cheaper than the incumbent.
    public func recombine(
        pool: RoutePool, incumbent: [PooledRoute], problem: Problem, context: SearchContext
    ) -> [[Int]]? {
        guard !context.shouldStop() else { return nil }
        let partitioning = SetPartitioningModel(problem: problem, pool: pool, incumbent: incumbent)
        guard partitioning.columns.count > incumbent.count else { return nil }
        let parameters = SolveParameters(
            timeLimit: context.options.timeLimit.map { max(0.001, $0 - context.elapsed()) },
            warmStart: partitioning.warmStart,
            shouldStop: { context.shouldStop() })
        guard let result = try? GLPKSolver.solveMIP(partitioning.model, parameters: parameters),
              result.hasSolution, let value = result.objective,
              value < partitioning.incumbentValue - 1e-6 * max(1, abs(partitioning.incumbentValue))
        else { return nil }
        return SetPartitioningModel.sequences(of: partitioning.chosen(in: result), problem: problem)
    }
}
