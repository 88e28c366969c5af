import FieldPlanModel

/// The search state: every technician's route, where each visit is, and the objective.
///
/// Follow-up links across routes are kept valid by bounds: a follow-up's release comes from its
/// predecessor's current end, and a predecessor's latest start from its follow-ups' current
/// starts, so a change to one route never invalidates another.
struct Solution {
    let problem: Problem
    private(set) var routes: [RouteState]
    /// The technician serving each visit, or -1.
    private(set) var routeOf: [Int]
    /// Each routed visit's position in its route.
    private(set) var positionOf: [Int]
    /// Each routed visit's start of service.
    private(set) var visitStart: [Int]
    /// Each routed visit's end of service.
    private(set) var visitEnd: [Int]
    /// Scratch ends written during an evaluation, indexed by visit.
    var scratchEnd: [Int]

    /// An empty solution: every visit unassigned.
    init(problem: Problem) {
        self.problem = problem
        routes = Array(repeating: RouteState(), count: problem.technicianCount)
        routeOf = Array(repeating: -1, count: problem.visitCount)
        positionOf = Array(repeating: -1, count: problem.visitCount)
        visitStart = Array(repeating: 0, count: problem.visitCount)
        visitEnd = Array(repeating: 0, count: problem.visitCount)
        scratchEnd = Array(repeating: 0, count: problem.visitCount)
        outsiders = Array(0..<problem.visitCount)
        outsiderIndex = Array(0..<problem.visitCount)
        penaltySum = problem.unassignedPenalty.reduce(0, +)
        inUse = Array(repeating: false, count: problem.technicianCount)
    }

    /// The objective: route costs plus penalties of visits left out, kept up to date as routes
    /// change (O(1)); `exactCost` recomputes it from scratch.
    var cost: Double { infeasibleRoutes > 0 ? .infinity : routeCostSum + penaltySum }

    /// The objective summed afresh over routes and left-out visits.
    var exactCost: Double {
        var total = 0.0
        for route in routes { total += route.cost }
        for v in 0..<problem.visitCount where routeOf[v] < 0 { total += problem.unassignedPenalty[v] }
        return total
    }

    /// Replaces the running sums behind `cost` by fresh ones, dropping rounding drift.
    mutating func resynchroniseCost() {
        routeCostSum = 0
        infeasibleRoutes = 0
        for route in routes {
            if route.cost.isFinite { routeCostSum += route.cost } else { infeasibleRoutes += 1 }
        }
        penaltySum = 0
        for v in outsiders { penaltySum += problem.unassignedPenalty[v] }
    }

    /// Visits not in any route, in increasing order.
    var unassigned: [Int] { outsiders.sorted() }

    /// Visits not in any route, in no particular order (O(1) to read).
    private(set) var outsiders: [Int]
    /// Each left-out visit's index in `outsiders`, or -1 when routed.
    private var outsiderIndex: [Int]
    /// Sum of finite route costs.
    private var routeCostSum = 0.0
    /// Routes whose cost is infinite.
    private var infeasibleRoutes = 0
    /// Sum of the penalties of left-out visits.
    private var penaltySum: Double
    /// Number of routed visits.
    var routedCount: Int { problem.visitCount - outsiders.count }
    /// Number of routes with at least one visit.
    private(set) var usedRoutes = 0
    /// Whether each route counts in `usedRoutes`.
    private var inUse: [Bool]

    /// Moves `v` into route `t` (or out, when `t` is -1), keeping the left-out list and
    /// penalty sum in step. The route's visit list is the caller's to change.
    mutating func assign(_ v: Int, to t: Int) {
        let wasOut = routeOf[v] < 0
        routeOf[v] = t
        if wasOut && t >= 0 {
            let index = outsiderIndex[v], last = outsiders.removeLast()
            if last != v {
                outsiders[index] = last
                outsiderIndex[last] = index
            }
            outsiderIndex[v] = -1
            penaltySum -= problem.unassignedPenalty[v]
        } else if !wasOut && t < 0 {
            outsiderIndex[v] = outsiders.count
            outsiders.append(v)
            penaltySum += problem.unassignedPenalty[v]
            positionOf[v] = -1
        }
    }

    /// Sets route `t`'s visit list without rescheduling; `reschedule(t)` must follow.
    mutating func replaceVisits(of t: Int, with visits: [Int]) {
        routes[t].visits = visits
    }

    /// Stores route `t`, keeping the cost sums and the used-route count in step.
    private mutating func store(_ route: RouteState, at t: Int) {
        let old = routes[t]
        if old.cost.isFinite { routeCostSum -= old.cost } else { infeasibleRoutes -= 1 }
        if route.cost.isFinite { routeCostSum += route.cost } else { infeasibleRoutes += 1 }
        if inUse[t] == route.isEmpty {
            inUse[t] = !route.isEmpty
            usedRoutes += route.isEmpty ? -1 : 1
        }
        routes[t] = route
    }

    /// The latest start of `v` in route `t` allowed by its follow-ups in other routes.
    func latestStart(_ v: Int, technician t: Int) -> Int {
        var latest = Problem.farFuture
        guard problem.hasSuccessors[v] else { return latest }
        for s in problem.successors[v] where routeOf[s] >= 0 && routeOf[s] != t {
            let bound = visitStart[s] &- problem.followUpGapTicks[s]
                &- problem.serviceTicks[t &* problem.visitCount &+ v]
            latest = min(latest, bound)
        }
        return latest
    }

    /// Whether `v` may go into route `t` at all: qualification, capacity, count, follow-ups.
    func admits(_ v: Int, technician t: Int) -> Bool {
        let p = problem
        guard p.canServe[t &* p.visitCount &+ v] else { return false }
        let route = routes[t]
        guard route.visits.count < p.maxVisits[t], route.load + p.demand[v] <= p.capacity[t] + 1e-9 else {
            return false
        }
        let pred = p.predecessor[v]
        if pred >= 0 {
            guard routeOf[pred] >= 0 else { return false }
            if p.followUpSameTechnician[v] && routeOf[pred] != t { return false }
        }
        for s in p.successors[v] where routeOf[s] >= 0 {
            if p.followUpSameTechnician[s] && routeOf[s] != t { return false }
        }
        return true
    }

    /// Inserts `v` into route `t` at `position` and reschedules the route.
    /// Returns `false`, leaving the solution unchanged, when the result is infeasible.
    @discardableResult
    mutating func insert(_ v: Int, technician t: Int, at position: Int) -> Bool {
        let previous = routes[t]
        routes[t].visits.insert(v, at: position)
        assign(v, to: t)
        if reschedule(t) { return true }
        routes[t].visits = previous.visits
        assign(v, to: -1)
        _ = reschedule(t)
        return false
    }

    /// Removes `v` from its route and reschedules the route.
    mutating func remove(_ v: Int) {
        let t = routeOf[v]
        guard t >= 0 else { return }
        routes[t].visits.remove(at: positionOf[v])
        assign(v, to: -1)
        _ = reschedule(t)
    }

    /// Stores a route whose schedule broke a hard constraint.
    private mutating func markInfeasible(_ route: RouteState, _ t: Int) {
        var broken = route
        broken.isFeasible = false
        broken.cost = .infinity
        store(broken, at: t)
    }

    /// Fills `suffixTiming` backwards: each run joins its first visit to the run after it.
    private func cacheSuffixTiming(of route: inout RouteState, technician t: Int) {
        let p = problem, n = route.visits.count
        route.suffixTiming.append(contentsOf: repeatElement(TimingSegment.broken, count: n))
        var next = TimingSegment.broken
        for i in stride(from: n - 1, through: 0, by: -1) {
            let v = route.visits[i]
            var segment = TimingSegment.broken
            if TimingSegment.models(v, in: p) {
                segment = TimingSegment(visit: v, technician: t, problem: p)
                if i < n - 1 {
                    segment = segment.followed(by: next, travel: p.travel(t, v, route.visits[i + 1])) ?? .broken
                }
            }
            route.suffixTiming[i] = segment
            next = segment
        }
    }

    /// Rebuilds route `t`'s cached schedule and cost; `false` when the route is infeasible.
    ///
    /// The break rule schedules the route first; when it fails, or one of its breaks cost time,
    /// `RouteScheduler.earliestFinish` searches every break placement and its schedule is kept
    /// when it is valid and the rule's is not, or costs less, or costs as much and ends earlier.
    mutating func reschedule(_ t: Int) -> Bool {
        for (i, v) in routes[t].visits.enumerated() { positionOf[v] = i }
        guard !routes[t].visits.isEmpty else {
            store(RouteState(), at: t)
            return true
        }
        var log = BreakLog(isRecording: true)
        var route = scheduled(t, placement: nil, log: &log)
        if problem.breakCount[t] > 0 && (!route.isFeasible || log.delayed),
           let placement = exactPlacement(t) {
            var exactLog = BreakLog(isRecording: true)
            let exact = scheduled(t, placement: placement, log: &exactLog)
            if exact.isFeasible && (!route.isFeasible || Self.isBetter(exact, than: route)) { route = exact }
        }
        guard route.isFeasible else {
            markInfeasible(route, t)
            return false
        }
        store(route, at: t)
        for (i, v) in route.visits.enumerated() {
            visitStart[v] = route.start[i]
            visitEnd[v] = route.end[i]
        }
        return true
    }

    /// Whether schedule `a` of a route beats schedule `b`: cheaper, or as cheap and ending earlier
    /// (the placement that ends earliest may start a visit with a soft deadline later).
    private static func isBetter(_ a: RouteState, than b: RouteState) -> Bool {
        let tolerance = 1e-9 * max(1, abs(b.cost))
        return a.cost < b.cost - tolerance || (a.cost <= b.cost + tolerance && a.routeEnd < b.routeEnd)
    }

    /// The breaks before each visit of route `t` on the earliest-finishing placement, or `nil`
    /// when none is valid or a follow-up links two of the route's visits (their release then
    /// depends on the placement, which the search over placements does not model).
    private func exactPlacement(_ t: Int) -> [Int]? {
        let p = problem, visits = routes[t].visits, n = visits.count
        for v in visits where p.predecessor[v] >= 0 && routeOf[p.predecessor[v]] == t { return nil }
        let scheduler = RouteScheduler(problem: p, technician: t)
        var choices = [Int](repeating: 0, count: n * (p.breakCount[t] + 1))
        return choices.withUnsafeMutableBufferPointer { buffer -> [Int]? in
            guard let schedule = scheduler.earliestFinish(
                count: n, visitAt: { visits[$0] },
                release: { i in
                    let pred = p.predecessor[visits[i]]
                    return pred >= 0 && routeOf[pred] >= 0 ? visitEnd[pred] &+ p.followUpGapTicks[visits[i]] : Problem.farPast
                },
                latestStart: { latestStart(visits[$0], technician: t) }, choices: buffer)
            else { return nil }
            return scheduler.placement(count: n, choices: buffer, schedule: schedule)
        }
    }

    /// Route `t`'s schedule and cost, its breaks placed by the rule or, when given, before each
    /// visit as `placement` says; `isFeasible` is `false` when a hard constraint breaks.
    private func scheduled(_ t: Int, placement: [Int]?, log: inout BreakLog) -> RouteState {
        let p = problem
        let scheduler = RouteScheduler(problem: p, technician: t)
        var route = RouteState(scheduling: routes[t].visits)
        let n = route.visits.count
        var cursor = scheduler.origin
        var lateness = 0.0, load = 0.0, distance = 0.0, travel = 0, preference = 0.0
        var unmodelled = 0
        var feasible = n <= p.maxVisits[t]
        var previousNode = cursor.node
        for (i, v) in route.visits.enumerated() {
            var release = Problem.farPast
            let pred = p.predecessor[v]
            if pred >= 0 || p.hasSuccessors[v] { route.hasFollowUps = true }
            if pred >= 0 {
                let predRoute = routeOf[pred]
                if predRoute < 0 || (predRoute == t && positionOf[pred] >= i) {
                    feasible = false
                } else if predRoute == t {
                    release = route.end[positionOf[pred]] &+ p.followUpGapTicks[v]
                } else {
                    release = visitEnd[pred] &+ p.followUpGapTicks[v]
                }
            }
            let latest = latestStart(v, technician: t)
            guard feasible, p.canServe[t &* p.visitCount &+ v],
                  let timing = placement.map({
                      scheduler.visit(v, from: cursor, breaksBefore: $0[i], release: release, latestStart: latest, log: &log)
                  }) ?? scheduler.visit(v, from: cursor, release: release, latestStart: latest, log: &log)
            else {
                feasible = false
                break
            }
            cursor = timing.cursor
            lateness += scheduler.latenessCost(v, start: timing.start)
            load += p.demand[v]
            distance += p.distance(previousNode, v)
            travel &+= p.travel(t, previousNode, v)
            preference += p.preferenceBonus[t &* p.visitCount &+ v]
            previousNode = v
            route.arrival.append(timing.arrival)
            route.start.append(timing.start)
            route.end.append(cursor.ready)
            route.breaksAfter.append(cursor.breaksTaken)
            route.latenessPrefix.append(lateness)
            route.distancePrefix.append(distance)
            route.travelPrefix.append(travel)
            route.loadPrefix.append(load)
            if !TimingSegment.models(v, in: p) { unmodelled &+= 1 }
            route.unmodelledPrefix.append(unmodelled)
        }
        var end = 0
        if feasible, let finish = scheduler.finish(from: cursor, log: &log) {
            end = finish
        } else {
            feasible = false
        }
        guard feasible, load <= p.capacity[t] + 1e-9 else {
            route.isFeasible = false
            return route
        }
        let endNode = p.endNode(t)
        distance += p.distance(previousNode, endNode)
        travel &+= p.openEnd[t] ? 0 : p.travel(t, previousNode, endNode)
        let departure = scheduler.departure(
            firstVisit: route.visits[0], start: route.start[0], breaksBefore: route.breaksAfter[0])
        guard end &- departure <= p.maxWorkingTicks[t] else {
            route.isFeasible = false
            return route
        }
        cacheSuffixTiming(of: &route, technician: t)
        route.breakStarts = log.starts
        route.load = load
        route.distance = distance
        route.travelTicks = travel
        route.preference = preference
        route.departure = departure
        route.routeEnd = end
        route.isFeasible = true
        route.cost = scheduler.baseCost(distance: distance, travelTicks: travel, departure: departure, end: end)
            + lateness - preference
        return route
    }
}
