import FieldPlanModel

/// Each technician's cheapest feasible insertion of a visit into a solution, with its figures
/// (extra travel, distance, overtime, cost), or the reason the technician cannot take it.
///
/// Every figure comes from inserting the visit for real into the solution and rescheduling the
/// route, so windows, breaks, shift limits and follow-ups are all checked; the visit is taken out
/// again at once, which leaves the routes as they were (only route `t` is rescheduled, twice,
/// so an option costs O(route length), not a copy of the whole solution).
struct InsertionOptionFinder {
    let problem: Problem
    let text: ExplanationText

    init(problem: Problem) {
        self.problem = problem
        self.text = ExplanationText(problem: problem)
    }

    /// The options for visit `v`, which must be left out of `solution`, one per technician.
    func options(for v: Int, in solution: inout Solution) -> [InsertionOption] {
        (0..<problem.technicianCount).map { option(for: v, technician: $0, in: &solution) }
    }

    /// The option of technician `t` for visit `v` (left out of `solution`).
    func option(for v: Int, technician t: Int, in solution: inout Solution) -> InsertionOption {
        let id = text.technician(t)
        if let obstacle = staticObstacle(v, technician: t) {
            return .impossible(technician: id, because: obstacle)
        }
        if let obstacle = routeObstacle(v, technician: t, in: solution) {
            return .impossible(technician: id, because: obstacle)
        }
        if let obstacle = reachObstacle(v, technician: t) {
            return .impossible(technician: id, because: obstacle)
        }
        guard let insertion = solution.bestInsertion(of: v, into: t) else {
            return .impossible(technician: id, because: fullRouteText(t))
        }
        let before = solution.routes[t]
        guard solution.insert(v, technician: t, at: insertion.position) else {
            return .impossible(technician: id, because: fullRouteText(t))
        }
        let after = solution.routes[t]
        let start = solution.visitStart[v]
        solution.remove(v)
        let overtimeBefore = before.isEmpty ? 0 : max(0, before.routeEnd - problem.shiftEnd[t])
        let overtimeAfter = max(0, after.routeEnd - problem.shiftEnd[t])
        return InsertionOption(
            technician: id,
            after: insertion.position > 0 ? problem.scenario.visits[before.visits[insertion.position - 1]].id : nil,
            start: Problem.minutes(start),
            extraCost: after.cost - before.cost,
            extraTravelMinutes: Problem.minutes(after.travelTicks - before.travelTicks),
            extraDistance: after.distance - before.distance,
            extraOvertime: Problem.minutes(overtimeAfter - overtimeBefore))
    }

    /// Why `t` can never serve `v`: skills, exclusion, pin, capacity; `nil` when they may.
    func staticObstacle(_ v: Int, technician t: Int) -> String? {
        let visit = problem.scenario.visits[v], technician = problem.scenario.technicians[t]
        var lacks: [String] = []
        for (skill, level) in visit.skills.sorted(by: { $0.key < $1.key }) {
            guard let has = technician.skills[skill] else {
                lacks.append("lacks \(skill) (level \(level) needed)")
                continue
            }
            if has < level { lacks.append("has \(skill) level \(has), level \(level) needed") }
        }
        if !lacks.isEmpty { return lacks.joined(separator: "; ") }
        if visit.excludedTechnicians.contains(technician.id) { return "is excluded from this visit" }
        if let pinned = visit.pinnedTechnician, pinned != technician.id { return "the visit is pinned to \(pinned)" }
        if problem.demand[v] > problem.capacity[t] + 1e-9 {
            return "carries at most \(Self.figure(problem.capacity[t])) parts; the visit needs \(Self.figure(problem.demand[v]))"
        }
        return nil
    }

    /// Why `t`'s route in `solution` cannot take `v` whatever the timing: visit count, load,
    /// follow-ups; `nil` when it may.
    func routeObstacle(_ v: Int, technician t: Int, in solution: Solution) -> String? {
        let route = solution.routes[t]
        if route.visits.count >= problem.maxVisits[t] {
            return "already has the maximum of \(problem.maxVisits[t]) visits"
        }
        if route.load + problem.demand[v] > problem.capacity[t] + 1e-9 {
            return "already carries \(Self.figure(route.load)) of \(Self.figure(problem.capacity[t])) parts; "
                + "the visit needs \(Self.figure(problem.demand[v]))"
        }
        let pred = problem.predecessor[v]
        if pred >= 0 {
            let id = problem.scenario.visits[pred].id
            if solution.routeOf[pred] < 0 { return "it follows visit \(id), which is left out" }
            if problem.followUpSameTechnician[v] && solution.routeOf[pred] != t {
                return "it must be served by the technician of visit \(id) (\(text.technician(solution.routeOf[pred])))"
            }
        }
        guard solution.admits(v, technician: t) else { return "a follow-up of this visit is served by someone else" }
        return nil
    }

    /// Why `t` cannot reach any of `v`'s windows even going straight from home; `nil` when they can.
    func reachObstacle(_ v: Int, technician t: Int) -> String? {
        let p = problem
        let first = p.windowOffsets[v], last = p.windowOffsets[v + 1]
        guard first < last else { return "its time windows, deadline and pinned start leave no start time" }
        let arrival = p.shiftStart[t] + p.travel(t, p.startNode(t), v)
        let service = p.serviceTicks[t * p.visitCount + v]
        let home = p.openEnd[t] ? 0 : p.travel(t, v, p.endNode(t))
        let fits = (first..<last).contains { w in
            let start = max(arrival, p.windowStarts[w])
            return start <= p.windowEnds[w] && start + service + home <= p.latestEnd[t]
        }
        if fits { return nil }
        let windows = text.windows(of: v)
        let latestEnd = p.latestEnd[t] >= Problem.farFuture / 2 ? "" : ", back by \(text.time(p.latestEnd[t]))"
        return "cannot start in \(windows): the earliest arrival is \(text.time(arrival)) "
            + "(shift start \(text.time(p.shiftStart[t])) + \(text.duration(arrival - p.shiftStart[t])) travel"
            + " from home)\(latestEnd)"
    }

    private func fullRouteText(_ t: Int) -> String {
        let overtime = problem.latestEnd[t] - problem.shiftEnd[t]
        let limit = overtime > 0
            ? "the shift end \(text.time(problem.shiftEnd[t])) plus \(text.duration(overtime)) overtime"
            : "the shift end \(text.time(problem.shiftEnd[t]))"
        return "no room in the route: every position breaks a time window or break of the visits already "
            + "planned, or \(limit)"
    }

    /// A number without a needless fraction.
    static func figure(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.2f", value)
    }
}
