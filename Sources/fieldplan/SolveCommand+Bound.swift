import FieldPlan

extension SolveCommand {
    /// `plan` with the column-generation lower bound (``ColumnGenerationBound``) and the gap in its
    /// summary, started from the plan's own routes; a bound the strategy already proved is kept
    /// when it is higher, and a plan whose cost meets the bound is marked optimal.
    static func attachingBound(to plan: Plan, problem: Problem, timeLimit: Double) throws -> Plan {
        let routes = PlanAssembler(problem: problem).sequences(of: plan)
        let result = try BoundCommand.bound(problem, timeLimit: timeLimit, initialRoutes: routes)
        return result.bound.map(plan.attachingBound) ?? plan
    }
}
