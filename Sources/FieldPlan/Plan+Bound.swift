extension Plan {
    /// The plan with the column-generation lower bound (``ColumnGenerationBound``) and the gap in
    /// its summary, the bound computed from the plan's own routes within `timeLimit` seconds (or
    /// until `shouldStop` says so: the best finished round counts).
    ///
    /// - Throws: ``BoundError`` when the objective has no bound or the LP solver fails.
    public func withColumnGenerationBound(
        problem: Problem, timeLimit: Double, shouldStop: @Sendable () -> Bool = { false }
    ) throws(BoundError) -> Plan {
        let routes = PlanAssembler(problem: problem).sequences(of: self)
        let result = try ColumnGenerationBound(problem: problem)
            .compute(initialRoutes: routes, timeLimit: timeLimit, shouldStop: shouldStop)
        return result.bound.map(attachingBound) ?? self
    }

    /// The plan with `computed`, a lower bound on the optimal cost, and the gap in its summary; a
    /// bound the strategy already proved is kept when it is higher, and a plan whose cost meets the
    /// bound is marked optimal.
    public func attachingBound(_ computed: Double) -> Plan {
        var plan = self
        let cost = plan.summary.cost
        let bound = max(computed, plan.summary.bound ?? -.infinity)
        let tolerance = 1e-6 * max(1, abs(cost))
        plan.summary.bound = bound
        plan.summary.gap = cost == 0 || cost - bound <= tolerance ? 0 : max(0, (cost - bound) / abs(cost))
        if cost - bound <= tolerance { plan.summary.status = .optimal }
        return plan
    }
}
