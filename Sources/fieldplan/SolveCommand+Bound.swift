import FieldPlan

extension SolveCommand {
    /// `plan` with the column-generation lower bound (``ColumnGenerationBound``) and the gap in its
    /// summary, started from the plan's own routes; a bound the strategy already proved is kept
    /// when it is higher, and a plan whose cost meets the bound is marked optimal.
    static func attachingBound(to plan: Plan, problem: Problem, timeLimit: Double) throws -> Plan {
        let routes = PlanAssembler(problem: problem).sequences(of: plan)
        let result = try BoundCommand.bound(problem, timeLimit: timeLimit, initialRoutes: routes)
        guard let computed = result.bound else { return plan }
        var plan = plan
        let cost = plan.summary.cost
        let bound = max(computed, plan.summary.bound ?? -.infinity)
        let tolerance = 1e-6 * max(1, abs(cost))
        plan.summary.bound = bound
        plan.summary.gap = cost == 0 || cost - bound <= tolerance ? 0 : max(0, (cost - bound) / abs(cost))
        if cost - bound <= tolerance { plan.summary.status = .optimal }
        return plan
    }
}
