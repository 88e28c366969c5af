import FieldPlanModel
import FieldPlanSearch

/// Builds the plan of a ``RoutingModel`` solution with its breaks where the model put them and
/// the departure it needs.
///
/// The search's scheduler finds the earliest-finishing break placement of a route, but always
/// leaves as late as the first visit allows (or at the shift start after a break at home), and
/// a working-time limit can need a later departure and later starts, which the model finds;
/// rebuilding with the model's placement keeps every MIP solution buildable. Each route leaves at
/// the cheapest of a few departures: the shift start, the model's, the latest that keeps the
/// earliest return, and as late as the first visit allows; routes are scheduled after the routes
/// of their follow-up predecessors. Stops and summaries are assembled by ``RouteAssembler``, as
/// the search's plans are.
struct TimetablePlanBuilder {
    let problem: Problem

    /// The plan, or `nil` when a route cannot be scheduled (or follow-ups link routes in a
    /// cycle). `leftOut(v)` describes each visit the routes leave out.
    func plan(
        routes: [MIPRoute], strategy: String, context: SearchContext, lateVisits: [LateVisit] = [],
        leftOut: (Int) -> LeftOutVisit
    ) -> Plan? {
        let p = problem
        var ends: [Int: Int] = [:]
        var timetables = [RouteTimetable?](repeating: nil, count: routes.count)
        var pending = Array(routes.indices.filter { !routes[$0].visits.isEmpty })
        while !pending.isEmpty {
            var waiting: [Int] = []
            for index in pending {
                let route = routes[index]
                let external = route.visits.map { p.predecessor[$0] }.filter { $0 >= 0 && !route.visits.contains($0) }
                guard external.allSatisfy({ ends[$0] != nil }) else {
                    waiting.append(index)
                    continue
                }
                guard let timetable = bestTimetable(route, ends: ends) else { return nil }
                timetables[index] = timetable
                ends.merge(timetable.serviceEnds(problem: p, route: route)) { a, _ in a }
            }
            if waiting.count == pending.count { return nil }
            pending = waiting
        }
        var planRoutes: [Route] = []
        var cost = 0.0, distance = 0.0, travelTime = 0.0, lateness = 0.0, overtime = 0.0, assigned = 0
        var served = Set<Int>()
        for (index, route) in routes.enumerated() {
            guard let timetable = timetables[index] else { continue }
            let built = self.route(route, timetable)
            planRoutes.append(built.route)
            cost += built.cost
            distance += built.route.summary?.distance ?? 0
            travelTime += built.route.summary?.travelTime ?? 0
            lateness += built.route.summary?.lateness ?? 0
            overtime += built.route.summary?.overtime ?? 0
            assigned += route.visits.count
            served.formUnion(route.visits)
        }
        let unassigned = (0..<p.visitCount).filter { !served.contains($0) }.map { v in
            cost += p.unassignedPenalty[v]
            return leftOut(v)
        }
        let summary = PlanSummary(
            distance: distance, travelTime: travelTime, routes: planRoutes.count, assigned: assigned,
            unassigned: unassigned.count, lateness: lateness, overtime: overtime, cost: cost,
            strategy: strategy, seed: context.options.seed, elapsedSeconds: context.elapsed(),
            distanceConvention: p.convention)
        return Plan(routes: planRoutes, unassigned: unassigned, summary: summary, lateVisits: lateVisits)
    }

    /// The cheapest schedule of `route` over the candidate departures.
    private func bestTimetable(_ route: MIPRoute, ends: [Int: Int]) -> RouteTimetable? {
        let p = problem, t = route.technician
        func release(_ v: Int) -> Int? { ends[v] }
        func timetable(_ departure: Int, limited: Bool = true) -> RouteTimetable? {
            RouteTimetable(problem: p, route: route, departure: departure, limitWorkingTime: limited, release: release)
        }
        let shiftStart = p.shiftStart[t]
        var candidates: [Int] = []
        if let earliest = timetable(shiftStart, limited: false) {
            if route.breaksBefore.first == 0, let first = route.visits.first, let start = earliest.starts.first {
                candidates.append(max(shiftStart, start - p.travel(t, p.startNode(t), first)))
            }
            var low = shiftStart, high = earliest.end
            while low < high {
                let middle = low + (high - low + 1) / 2
                if let later = timetable(middle, limited: false), later.end <= earliest.end {
                    low = middle
                } else {
                    high = middle - 1
                }
            }
            candidates.append(low)
        }
        if let departure = route.departure {
            let ticks = departure * Double(Problem.ticksPerMinute)
            candidates += [Int(ticks.rounded()), Int(ticks.rounded(.down))].map { max(shiftStart, $0) }
        }
        candidates.append(shiftStart)
        var best: (timetable: RouteTimetable, cost: Double)?
        for departure in candidates {
            guard let candidate = timetable(departure) else { continue }
            let cost = self.route(route, candidate).cost
            if best.map({ cost < $0.cost - 1e-9 }) ?? true { best = (candidate, cost) }
        }
        return best?.timetable
    }

    /// The route users see and its share of the objective, assembled as the search's plans are.
    private func route(_ route: MIPRoute, _ timetable: RouteTimetable) -> (route: Route, cost: Double) {
        RouteAssembler(problem: problem).route(RouteTimes(
            technician: route.technician, visits: route.visits, arrivals: timetable.arrivals, starts: timetable.starts,
            breaksBefore: route.breaksBefore, breakStarts: timetable.breakStarts, departure: timetable.departure,
            end: timetable.end))
    }
}
