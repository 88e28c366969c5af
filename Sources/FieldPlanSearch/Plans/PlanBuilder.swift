import FieldPlanModel

/// Turns a search state into the plan users see: stops with times in minutes, breaks, left-out
/// visits with reasons, and a summary recomputed in double precision.
///
/// Explaining left-out visits costs one insertion check per technician and visit; it stops at the
/// context's time limit (see `searchContext(for:)` for the time strategies leave it).
struct PlanBuilder {
    let problem: Problem

    /// Share of a time limit a strategy leaves for building the plan, mostly for explaining the
    /// visits left out (one insertion check and one reschedule per technician and visit). Not yet
    /// tuned by measurement; explanations stop at the limit whatever this share.
    static let planTimeShare = 0.04

    /// The context a strategy searches in: the same run, with a time limit that ends
    /// `planTimeShare` of the limit earlier, so that building the plan fits in the limit.
    static func searchContext(for context: SearchContext) -> SearchContext {
        guard let limit = context.options.timeLimit else { return context }
        var options = context.options
        options.timeLimit = max(0, limit * (1 - planTimeShare) - context.elapsed())
        return SearchContext(
            options: options, clock: context.clock, cancellation: context.cancellation, progress: context.progress)
    }

    /// Builds the plan of `solution`.
    func plan(from solution: Solution, strategy: String, context: SearchContext) -> Plan {
        let p = problem
        var routes: [Route] = []
        var distance = 0.0, travelTime = 0.0, lateness = 0.0, overtime = 0.0, cost = 0.0
        var assigned = 0
        let assembler = RouteAssembler(problem: p)
        for t in 0..<p.technicianCount {
            let state = solution.routes[t]
            guard !state.isEmpty else { continue }
            var arrivals = state.arrival
            if state.breaksAfter[0] == 0 {
                // The scheduler times the first leg from the shift start; the route leaves later.
                arrivals[0] = state.departure + p.travel(t, p.startNode(t), state.visits[0])
            }
            let built = assembler.route(RouteTimes(
                technician: t, visits: state.visits, arrivals: arrivals, starts: state.start,
                breaksBefore: state.breaksAfter, breakStarts: state.breakStarts, departure: state.departure,
                end: state.routeEnd))
            routes.append(built.route)
            cost += built.cost
            distance += built.route.summary?.distance ?? 0
            travelTime += built.route.summary?.travelTime ?? 0
            lateness += built.route.summary?.lateness ?? 0
            overtime += built.route.summary?.overtime ?? 0
            assigned += state.visits.count
        }
        let explainer = LeftOutExplainer(problem: p)
        var mutableSolution = solution
        let unassigned = solution.unassigned.map { v in
            cost += p.unassignedPenalty[v]
            // Past the time limit (or once cancelled), options are no longer computed: the plan is
            // due now, and each visit still gets a reason from the scenario or a note saying so.
            if context.shouldStop() { return explainer.leftOutWithoutOptions(v, in: solution) }
            return explainer.leftOut(v, in: &mutableSolution)
        }
        let lateExplainer = LateVisitExplainer(problem: p)
        let lateVisits = (0..<p.technicianCount).flatMap { lateExplainer.lateVisits(technician: $0, in: solution) }
        let summary = PlanSummary(
            distance: distance, travelTime: travelTime, routes: routes.count, assigned: assigned,
            unassigned: unassigned.count, lateness: lateness, overtime: overtime, cost: cost,
            strategy: strategy, seed: context.options.seed, elapsedSeconds: context.elapsed(),
            distanceConvention: p.convention)
        return Plan(routes: routes, unassigned: unassigned, summary: summary, lateVisits: lateVisits)
    }
}
