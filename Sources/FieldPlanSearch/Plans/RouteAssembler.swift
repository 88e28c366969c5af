import FieldPlanModel

/// Turns a scheduled route (``RouteTimes``) into the route users see: stops in minutes with the
/// breaks where they were placed, and a summary (distance, travel, waiting, lateness, overtime)
/// and cost recomputed in double precision. Shared by the search's plans and the exact
/// strategies' timetables, so both state their routes the same way.
package struct RouteAssembler {
    /// The problem the routes belong to.
    package let problem: Problem

    /// Creates an assembler.
    package init(problem: Problem) {
        self.problem = problem
    }

    /// The route and its share of the objective.
    package func route(_ times: RouteTimes) -> (route: Route, cost: Double) {
        let p = problem, t = times.technician
        let perMinute = Double(Problem.ticksPerMinute)
        let technician = p.scenario.technicians[t]
        var stops: [Stop] = []
        stops.reserveCapacity(times.visits.count + times.breakStarts.count)
        var ready = Problem.minutes(times.departure)
        var breakIndex = 0
        func addBreaks(upTo count: Int) {
            while breakIndex < min(count, times.breakStarts.count) {
                let start = Problem.minutes(times.breakStarts[breakIndex])
                let end = start + p.breaks[t][breakIndex].durationMinutes
                stops.append(.breakStop(arrival: ready, start: start, end: end))
                ready = end
                breakIndex += 1
            }
        }
        var node = p.startNode(t)
        var travel = 0.0, distance = 0.0, lateness = 0.0, cost = 0.0
        for (position, v) in times.visits.enumerated() {
            addBreaks(upTo: times.breaksBefore[position])
            let start = Problem.minutes(times.starts[position])
            let end = start + p.scenario.visits[v].duration * technician.workDurationFactor
            stops.append(.visit(p.scenario.visits[v].id, arrival: Problem.minutes(times.arrivals[position]),
                                start: start, end: end))
            ready = end
            travel += p.travelMinutes(t, node, v)
            distance += p.distance(node, v)
            let late = start - p.softDeadlineMinutes[v]
            if late > 0 {
                lateness += late
                cost += p.latenessCostPerTick[v] * perMinute * late
            }
            cost -= p.preferenceBonus[t * p.visitCount + v]
            node = v
        }
        addBreaks(upTo: times.breakStarts.count)
        if !p.openEnd[t] {
            travel += p.travelMinutes(t, node, p.endNode(t))
            distance += p.distance(node, p.endNode(t))
        }
        let start = Problem.minutes(times.departure), end = Problem.minutes(times.end)
        let overtime = max(0, end - p.shiftEndMinutes[t])
        cost += p.fixedCost[t] + p.costPerDistance[t] * distance + p.costPerTravelTick[t] * perMinute * travel
            + p.costPerDurationTick[t] * perMinute * (end - start) + p.overtimeCostPerTick[t] * perMinute * overtime
        let summary = RouteSummary(
            visits: times.visits.count, distance: distance, travelTime: travel,
            waiting: stops.reduce(0) { $0 + ($1.kind == .visit ? $1.waiting : 0) }, lateness: lateness,
            overtime: overtime, cost: cost)
        return (Route(technician: technician.id, start: start, end: end, stops: stops, summary: summary), cost)
    }
}
