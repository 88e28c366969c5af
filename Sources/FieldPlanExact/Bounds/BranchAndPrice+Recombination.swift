import FieldPlanModel
import FieldPlanSearch
import LinearProgramming

extension BranchAndPrice {
    /// The primal heuristic of the tree: the best plan GLPK finds within `timeLimit` seconds by
    /// set partitioning (``SetPartitioningModel``) over the elementary routes of a node's last
    /// LP and the routes of `best`, warm-started with `best`; `nil` when it finds nothing cheaper
    /// or the plan breaks a hard constraint the pricing relaxes.
    ///
    /// Column generation makes the routes an optimal plan is built from long before the tree can
    /// prove it; recombining them is how the tree's best plan improves.
    func recombined(
        _ run: ColumnGenerationBound.Run, best: Plan, fleets: [[Int]], assembler: PlanAssembler, timeLimit: Double,
        shouldStop: @escaping @Sendable () -> Bool
    ) throws(BoundError) -> Plan? {
        let problem = assembler.problem
        var pool = RoutePool(problem: problem, capacity: run.columns.count + 1)
        for column in run.columns where Set(column.visits).count == column.visits.count {
            pool.admit(technician: fleets[column.fleet][0], visits: column.visits, cost: column.cost)
        }
        let technicianIndex = Dictionary(
            problem.scenario.technicians.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sequences = assembler.sequences(of: best)
        let incumbent = best.routes.compactMap { route -> PooledRoute? in
            guard let t = technicianIndex[route.technician], !sequences[t].isEmpty, let cost = route.summary?.cost
            else { return nil }
            return PooledRoute(technician: t, fleet: problem.twinClass[t], visits: sequences[t], cost: cost)
        }
        let partitioning = SetPartitioningModel(problem: problem, pool: pool, incumbent: incumbent)
        guard partitioning.columns.count > incumbent.count, timeLimit > 0 else { return nil }
        let parameters = SolveParameters(
            timeLimit: timeLimit, warmStart: partitioning.warmStart, shouldStop: shouldStop)
        let result: SolveResult
        do {
            result = try GLPKSolver.solveMIP(partitioning.model, parameters: parameters)
        } catch {
            throw BoundError.solverFailed("\(error)")
        }
        guard result.hasSolution,
            let chosen = SetPartitioningModel.sequences(of: partitioning.chosen(in: result), problem: problem)
        else { return nil }
        let context = SearchContext(options: PlanningOptions(timeLimit: nil, seed: 1))
        guard let plan = assembler.plan(sequences: chosen, strategy: "branch-and-price", context: context),
            plan.summary.cost < best.summary.cost
        else { return nil }
        return plan
    }
}
