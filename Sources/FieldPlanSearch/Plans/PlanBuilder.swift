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
        func minutes(_ ticks: Int) -> Double { Problem.minutes(ticks) }
        for t in 0..<p.technicianCount {
            let state = solution.routes[t]
            guard !state.isEmpty else { continue }
            let technician = p.scenario.technicians[t]
            var stops: [Stop] = []
            var breakIndex = 0
            var ready = minutes(state.departure)
            func addBreaks(upTo count: Int) {
                while breakIndex < count && breakIndex < state.breakStarts.count {
                    let start = minutes(state.breakStarts[breakIndex])
                    let end = start + p.breaks[t][breakIndex].durationMinutes
                    stops.append(.breakStop(arrival: ready, start: start, end: end))
                    ready = end
                    breakIndex += 1
                }
            }
            var node = p.startNode(t)
            var routeTravel = 0.0, routeDistance = 0.0, routeLateness = 0.0, routeCost = 0.0
            for (i, v) in state.visits.enumerated() {
                addBreaks(upTo: state.breaksAfter[i])
                var arrival = state.arrival[i]
                if i == 0 && state.breaksAfter[0] == 0 {
                    arrival = state.departure + p.travel(t, node, v)
                }
                let start = minutes(state.start[i])
                let end = start + p.scenario.visits[v].duration * technician.workDurationFactor
                stops.append(.visit(p.scenario.visits[v].id, arrival: minutes(arrival), start: start, end: end))
                ready = end
                routeTravel += p.travelMinutes(t, node, v)
                routeDistance += p.distance(node, v)
                let late = minutes(state.start[i]) - p.softDeadlineMinutes[v]
                if late > 0 {
                    routeLateness += late
                    routeCost += p.latenessCostPerTick[v] * Double(Problem.ticksPerMinute) * late
                }
                routeCost -= p.preferenceBonus[t * p.visitCount + v]
                node = v
                assigned += 1
            }
            addBreaks(upTo: state.breakStarts.count)
            let endNode = p.endNode(t)
            if !p.openEnd[t] {
                routeTravel += p.travelMinutes(t, node, endNode)
                routeDistance += p.distance(node, endNode)
            }
            let start = minutes(state.departure), end = minutes(state.routeEnd)
            let routeOvertime = max(0, end - p.shiftEndMinutes[t])
            let perMinute = Double(Problem.ticksPerMinute)
            routeCost += p.fixedCost[t] + p.costPerDistance[t] * routeDistance
                + p.costPerTravelTick[t] * perMinute * routeTravel
                + p.costPerDurationTick[t] * perMinute * (end - start)
                + p.overtimeCostPerTick[t] * perMinute * routeOvertime
            cost += routeCost
            lateness += routeLateness
            distance += routeDistance
            travelTime += routeTravel
            overtime += routeOvertime
            let summary = RouteSummary(
                visits: state.visits.count, distance: routeDistance, travelTime: routeTravel,
                waiting: stops.reduce(0) { $0 + ($1.kind == .visit ? $1.waiting : 0) }, lateness: routeLateness,
                overtime: routeOvertime, cost: routeCost)
            routes.append(Route(
                technician: p.scenario.technicians[t].id, start: start, end: end, stops: stops, summary: summary))
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
