import FieldPlanModel

/// Simulates a technician's route forward in integer ticks: travel, waiting, windows, breaks.
///
/// Breaks follow one rule, mirrored by the validator's semantics: before travelling to the next
/// visit, the next break is taken where the technician is if it costs no time at the next visit
/// (it fits in waiting), or if postponing it past that visit would miss its latest start. At the
/// end of the route a break is taken before the trip home when the route is still running at the
/// break's earliest start.
///
/// The rule is the fast path; it can miss placements the validator accepts (a break taken early
/// at some cost, so that a later visit stays in its window). `earliestFinish` searches every
/// placement and is run when the rule fails or one of its breaks cost time (`BreakLog.delayed`).
struct RouteScheduler {
    let problem: Problem
    let technician: Int

    init(problem: Problem, technician: Int) {
        self.problem = problem
        self.technician = technician
    }

    /// The cursor at the start of the route.
    var origin: Cursor {
        Cursor(node: problem.startNode(technician), ready: problem.shiftStart[technician], breaksTaken: 0)
    }

    /// The earliest start of service for `v` at or after `time`, inside one of its windows.
    @inline(__always)
    func serviceStart(_ v: Int, notBefore time: Int) -> Int? {
        let p = problem
        var w = p.windowOffsets[v]
        let last = p.windowOffsets[v + 1]
        while w < last {
            if p.windowEnds[w] >= time { return max(time, p.windowStarts[w]) }
            w += 1
        }
        return nil
    }

    /// Moves the cursor through visit `v`, taking breaks by the rule; `nil` when infeasible.
    ///
    /// - Parameters:
    ///   - release: the earliest start allowed by a follow-up predecessor.
    ///   - latestStart: the latest start allowed by follow-up successors.
    ///   - log: receives the start of every break taken, when recording.
    @inline(__always)
    func visit(
        _ v: Int, from cursor: Cursor, release: Int, latestStart: Int,
        log: inout BreakLog
    ) -> VisitTiming? {
        let p = problem, t = technician
        var c = cursor
        let travel = p.travel(t, c.node, v)
        let service = p.serviceTicks[t &* p.visitCount &+ v]
        while c.breaksTaken < p.breakCount[t] {
            let rule = p.breaks[t][c.breaksTaken]
            guard let startWithout = serviceStart(v, notBefore: max(c.ready &+ travel, release)) else {
                return nil
            }
            let breakStart = max(c.ready, rule.earliestStart)
            guard breakStart <= rule.latestStart else { return nil }
            let startWith = serviceStart(v, notBefore: max(breakStart &+ rule.duration &+ travel, release))
            let free = startWith == startWithout
            let forced = startWithout &+ service > rule.latestStart
            guard free || forced else { break }
            if !free { log.noteDelay() }
            log.record(breakStart)
            c.ready = breakStart &+ rule.duration
            c.breaksTaken &+= 1
        }
        let arrival = c.ready &+ travel
        guard let start = serviceStart(v, notBefore: max(arrival, release)), start <= latestStart else {
            return nil
        }
        c.ready = start &+ service
        c.node = v
        return VisitTiming(cursor: c, arrival: arrival, start: start)
    }

    /// Moves the cursor through visit `v` after taking breaks at its current place until
    /// `breaksBefore` rules are taken (a placement chosen by `earliestFinish`); `nil` when
    /// infeasible.
    func visit(
        _ v: Int, from cursor: Cursor, breaksBefore: Int, release: Int, latestStart: Int, log: inout BreakLog
    ) -> VisitTiming? {
        let p = problem, t = technician
        var c = cursor
        while c.breaksTaken < breaksBefore {
            guard c.breaksTaken < p.breakCount[t] else { return nil }
            let rule = p.breaks[t][c.breaksTaken]
            let breakStart = max(c.ready, rule.earliestStart)
            guard breakStart <= rule.latestStart else { return nil }
            log.record(breakStart)
            c.ready = breakStart &+ rule.duration
            c.breaksTaken &+= 1
        }
        let arrival = c.ready &+ p.travel(t, c.node, v)
        guard let start = serviceStart(v, notBefore: max(arrival, release)), start <= latestStart else {
            return nil
        }
        c.ready = start &+ p.serviceTicks[t &* p.visitCount &+ v]
        c.node = v
        return VisitTiming(cursor: c, arrival: arrival, start: start)
    }

    /// Ends the route: owed breaks, then the trip to the end location.
    /// Returns the arrival at the end location, or `nil` when the route runs too late.
    @inline(__always)
    func finish(from cursor: Cursor, log: inout BreakLog) -> Int? {
        let p = problem, t = technician
        var c = cursor
        let travel = p.openEnd[t] ? 0 : p.travel(t, c.node, p.endNode(t))
        while c.breaksTaken < p.breakCount[t] {
            let rule = p.breaks[t][c.breaksTaken]
            if c.ready &+ travel <= rule.earliestStart { break }
            let breakStart = max(c.ready, rule.earliestStart)
            guard breakStart <= rule.latestStart else { return nil }
            log.noteDelay()
            log.record(breakStart)
            c.ready = breakStart &+ rule.duration
            c.breaksTaken &+= 1
        }
        let end = c.ready &+ travel
        return end <= p.latestEnd[t] ? end : nil
    }

    /// The departure from home: as late as the first visit allows, unless a break came first.
    @inline(__always)
    func departure(firstVisit v: Int, start: Int, breaksBefore: Int) -> Int {
        let shiftStart = problem.shiftStart[technician]
        guard breaksBefore == 0 else { return shiftStart }
        return max(shiftStart, start &- problem.travel(technician, problem.startNode(technician), v))
    }

    /// The route's cost apart from lateness and preferences: fixed, distance, travel, duration,
    /// overtime.
    @inline(__always)
    func baseCost(distance: Double, travelTicks: Int, departure: Int, end: Int) -> Double {
        let p = problem, t = technician
        let overtime = max(0, end &- p.shiftEnd[t])
        return p.fixedCost[t] + p.costPerDistance[t] * distance
            + p.costPerTravelTick[t] * Double(travelTicks)
            + p.costPerDurationTick[t] * Double(end &- departure)
            + p.overtimeCostPerTick[t] * Double(overtime)
    }

    /// The weighted lateness cost of starting `v` at `start`.
    @inline(__always)
    func latenessCost(_ v: Int, start: Int) -> Double {
        let late = start &- problem.softDeadline[v]
        return late > 0 ? problem.latenessCostPerTick[v] * Double(late) : 0
    }
}
