import FieldPlanModel

extension Solution {
    /// The cheapest feasible position for `v` in route `t`, or `nil` when there is none.
    ///
    /// Each position is checked by simulating from the cached schedule just before it and stopping
    /// as soon as the simulated schedule meets the cached one again, so the cost is proportional to
    /// how far the insertion pushes the route, not to the route's length. Nothing is allocated.
    ///
    /// - Parameter cutoff: positions whose cost change cannot beat this are skipped; the travel
    ///   part of the change, which every other term only adds to, is checked first.
    mutating func bestInsertion(of v: Int, into t: Int, cutoff: Double = .infinity) -> Insertion? {
        var random = SeededRandom(seed: 0)
        return bestInsertion(of: v, into: t, cutoff: cutoff, blinkRate: 0, random: &random)
    }

    /// The cheapest feasible position, skipping each position with probability `blinkRate`
    /// (SISR's blinks, which keep the recreate step from always making the same choice).
    ///
    /// When the technician has no breaks and neither `v` nor the route's visits after the position
    /// have follow-up links, several windows or soft deadlines, a position is checked in O(1) from
    /// the route's cached suffix timing (`TimingSegment`), with the same answer as the simulation
    /// (`usesSlack: false` forces the simulation, for tests).
    mutating func bestInsertion(
        of v: Int, into t: Int, cutoff: Double, blinkRate: Double, random: inout SeededRandom,
        usesSlack: Bool = true
    ) -> Insertion? {
        guard admits(v, technician: t) else { return nil }
        let p = problem
        let route = routes[t]
        guard route.isFeasible else { return nil }
        let n = route.visits.count
        let scheduler = RouteScheduler(problem: p, technician: t)
        var low = 0, high = n
        var release = Problem.farPast
        let pred = p.predecessor[v]
        if pred >= 0 {
            release = visitEnd[pred] &+ p.followUpGapTicks[v]
            if routeOf[pred] == t { low = positionOf[pred] + 1 }
        }
        for s in p.successors[v] where routeOf[s] == t { high = min(high, positionOf[s]) }
        guard low <= high else { return nil }
        let latest = latestStart(v, technician: t)
        let bonus = p.preferenceBonus[t &* p.visitCount &+ v]
        let endNode = p.endNode(t)
        var log = BreakLog.discarding
        var best: Insertion?
        var bound = cutoff
        let perDistance = p.costPerDistance[t], perTick = p.costPerTravelTick[t]
        let opening = n == 0 ? p.fixedCost[t] : 0
        let slackApplies = usesSlack && p.breakCount[t] == 0 && !route.hasFollowUps && TimingSegment.models(v, in: p)
        let unmodelledTotal = route.unmodelledPrefix.last ?? 0
        // When the break rule fails, every placement of the breaks is searched (without follow-up
        // links, whose bounds depend on other routes' schedules).
        let placesBreaks = p.breakCount[t] > 0 && !route.hasFollowUps && pred < 0 && !p.hasSuccessors[v]
        let window = p.windowOffsets[v]
        let service = p.serviceTicks[t &* p.visitCount &+ v]
        for position in low...high {
            if blinkRate > 0 && random.unit() < blinkRate { continue }
            let before = position == 0 ? p.startNode(t) : route.visits[position - 1]
            let after = position < n ? route.visits[position] : endNode
            let distance: Double, travel: Int
            if n == 0 {
                distance = p.distance(before, v) + p.distance(v, endNode)
                travel = p.travel(t, before, v) &+ p.travel(t, v, endNode)
            } else {
                distance = route.distance + p.distance(before, v) + p.distance(v, after) - p.distance(before, after)
                travel = route.travelTicks &+ p.travel(t, before, v) &+ p.travel(t, v, after)
                    &- p.travel(t, before, after)
            }
            let travelChange = perDistance * (distance - route.distance)
                + perTick * Double(travel &- route.travelTicks) + opening - bonus
            guard travelChange < bound else { continue }
            let cursor = position == 0
                ? scheduler.origin
                : Cursor(node: route.visits[position - 1], ready: route.end[position - 1],
                         breaksTaken: route.breaksAfter[position - 1])
            if slackApplies && unmodelledTotal == (position > 0 ? route.unmodelledPrefix[position - 1] : 0) {
                let arrival = cursor.ready &+ p.travel(t, cursor.node, v)
                let start = max(arrival, p.windowStarts[window])
                guard start <= p.windowEnds[window] else { continue }
                var ready = start &+ service, node = v
                if position < n {
                    let next = route.visits[position]
                    guard let finish = route.suffixTiming[position].finish(arrivingAt: ready &+ p.travel(t, v, next))
                    else { continue }
                    ready = finish
                    node = route.visits[n - 1]
                }
                let end = ready &+ (p.openEnd[t] ? 0 : p.travel(t, node, endNode))
                guard end <= p.latestEnd[t] else { continue }
                let departure = position == 0
                    ? scheduler.departure(firstVisit: v, start: start, breaksBefore: 0) : route.departure
                guard end &- departure <= p.maxWorkingTicks[t] else { continue }
                let lateness = position > 0 ? route.latenessPrefix[position - 1] : 0
                Self.consider(
                    position, of: route, scheduler, distance: distance, travel: travel, departure: departure, end: end,
                    lateness: lateness, bonus: bonus, best: &best, bound: &bound)
                continue
            }
            var outcome: PlacedSchedule?
            simulation: do {
                guard let timing = scheduler.visit(v, from: cursor, release: release, latestStart: latest, log: &log)
                else { break simulation }
                scratchEnd[v] = timing.cursor.ready
                var lateness = (position > 0 ? route.latenessPrefix[position - 1] : 0)
                    + scheduler.latenessCost(v, start: timing.start)
                var c = timing.cursor
                var converged = false
                var j = position
                while j < n {
                    let w = route.visits[j]
                    guard let next = scheduler.visit(
                        w, from: c, release: releaseDuringEvaluation(of: w, technician: t, insertedAt: position),
                        latestStart: latestStart(w, technician: t), log: &log)
                    else { break simulation }
                    c = next.cursor
                    scratchEnd[w] = c.ready
                    lateness += scheduler.latenessCost(w, start: next.start)
                    if c.ready == route.end[j] && c.breaksTaken == route.breaksAfter[j] {
                        lateness += route.lateness - route.latenessPrefix[j]
                        converged = true
                        break
                    }
                    j += 1
                }
                let end: Int
                if converged {
                    end = route.routeEnd
                } else {
                    guard let finish = scheduler.finish(from: c, log: &log) else { break simulation }
                    end = finish
                }
                let departure = position == 0
                    ? scheduler.departure(firstVisit: v, start: timing.start, breaksBefore: timing.cursor.breaksTaken)
                    : route.departure
                guard end &- departure <= p.maxWorkingTicks[t] else { break simulation }
                outcome = PlacedSchedule(end: end, departure: departure, lateness: lateness, breaksAfterLast: 0)
            }
            if outcome == nil && placesBreaks {
                outcome = scheduler.earliestFinish(
                    count: n + 1, visitAt: { $0 < position ? route.visits[$0] : $0 == position ? v : route.visits[$0 - 1] },
                    release: { _ in Problem.farPast }, latestStart: { _ in Problem.farFuture })
            }
            guard let outcome else { continue }
            Self.consider(
                position, of: route, scheduler, distance: distance, travel: travel, departure: outcome.departure,
                end: outcome.end, lateness: outcome.lateness, bonus: bonus, best: &best, bound: &bound)
        }
        return best
    }

    /// Keeps `position` in `route` as the best insertion when its objective change, from the
    /// route's new distance, travel, departure, end and lateness, beats `bound`.
    @inline(__always)
    private static func consider(
        _ position: Int, of route: RouteState, _ scheduler: RouteScheduler, distance: Double, travel: Int,
        departure: Int, end: Int, lateness: Double, bonus: Double, best: inout Insertion?, bound: inout Double
    ) {
        let cost = scheduler.baseCost(distance: distance, travelTicks: travel, departure: departure, end: end)
            + lateness - route.preference - bonus
        let delta = cost - route.cost
        guard delta < bound else { return }
        best = Insertion(delta: delta, technician: scheduler.technician, position: position)
        bound = delta
    }

    /// The follow-up release of `w` while an evaluation inserts into route `t` at `position`:
    /// predecessors pushed by the insertion use their simulated end.
    @inline(__always)
    private func releaseDuringEvaluation(of w: Int, technician t: Int, insertedAt position: Int) -> Int {
        let pred = problem.predecessor[w]
        guard pred >= 0 else { return Problem.farPast }
        let gap = problem.followUpGapTicks[w]
        if routeOf[pred] == t && positionOf[pred] < position { return visitEnd[pred] &+ gap }
        if routeOf[pred] == t || routeOf[pred] < 0 { return scratchEnd[pred] &+ gap }
        return visitEnd[pred] &+ gap
    }
}
