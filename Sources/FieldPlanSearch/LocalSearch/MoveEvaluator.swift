import FieldPlanModel

/// Prices route drafts against the current solution, exactly and without allocating.
///
/// A move is priced in three steps, each cheaper than the next and each able to stop it:
/// 1. the draft's distance, travel, load, size and qualifications, read from per-position prefix
///    sums of the current routes (O(pieces), plus O(length) for reversed or transferred pieces);
///    their cost is a lower bound of the route's, so a move that cannot beat the old routes on it
///    is dropped (most are);
/// 2. the schedule: in O(pieces) from the cached timing of the kept head and of the route tails
///    (`TimingSegment`, forward/backward slack by segment concatenation) when the technician has
///    no breaks and the moved visits no follow-up links, several windows or soft deadlines;
///    otherwise simulated with the route's own `RouteScheduler` (breaks, windows, SLA lateness,
///    overtime, working time), starting from the cached schedule when the route keeps its
///    beginning and stopping as soon as the new schedule meets the cached one on the route's
///    unchanged end; infeasibility stops either at once. Both give the same answer;
/// 3. for routes with follow-up links, whose schedules bound other routes', the exact fallback:
///    the routes are rebuilt on a copy of the solution and every link is checked.
struct MoveEvaluator {
    let problem: Problem
    /// Whether any preference bonus is non-zero (otherwise they are not summed).
    let hasPreferences: Bool
    /// Improvements smaller than this are ignored, so rounding noise never cycles the descent.
    let tolerance: Double
    /// Per technician, a class shared by technicians with the same travel and service times, whose
    /// cached route timings are therefore valid for one another.
    let timingClass: [Int]
    /// Whether schedules are priced from cached timings where they apply (tests turn it off to
    /// compare with the simulation).
    var usesSlack = true

    init(problem: Problem) {
        self.problem = problem
        hasPreferences = problem.preferenceBonus.contains { $0 != 0 }
        tolerance = 1e-7
        var representatives: [Int] = []
        var classes: [Int] = []
        classes.reserveCapacity(problem.technicianCount)
        let technicians = problem.scenario.technicians
        for t in 0..<problem.technicianCount {
            let match = representatives.firstIndex {
                problem.technicianProfile[$0] == problem.technicianProfile[t]
                    && technicians[$0].workDurationFactor == technicians[t].workDurationFactor
            }
            if let match {
                classes.append(match)
            } else {
                classes.append(representatives.count)
                representatives.append(t)
            }
        }
        timingClass = classes
    }

    /// The improving move made of `first` (and `second`), or `nil` when it is infeasible or does
    /// not lower the objective.
    func improvement(_ first: RouteDraft, _ second: RouteDraft?, in solution: Solution) -> Move? {
        let t1 = first.technician, t2 = second?.technician ?? -1
        let r1 = solution.routes[t1]
        guard r1.isFeasible else { return nil }
        var old = r1.cost
        if t2 >= 0 {
            guard solution.routes[t2].isFeasible else { return nil }
            old += solution.routes[t2].cost
        }
        guard let m1 = measure(first, in: solution) else { return nil }
        var bound = m1.lowerBound
        var m2 = DraftMeasure()
        if let second {
            guard let measured = measure(second, in: solution) else { return nil }
            m2 = measured
            bound += m2.lowerBound
        }
        guard bound < old - tolerance else { return nil }
        if r1.hasFollowUps || (t2 >= 0 && solution.routes[t2].hasFollowUps) {
            return rebuilt(first, second, in: solution, old: old)
        }
        guard let c1 = cost(first, m1, in: solution) else { return nil }
        var total = c1
        if let second {
            guard total + m2.lowerBound < old - tolerance, let c2 = cost(second, m2, in: solution) else { return nil }
            total += c2
        }
        let delta = total - old
        return delta < -tolerance ? Move(delta: delta, first: first, second: second) : nil
    }

    /// The exact fallback: rebuilds the routes on a copy and checks every follow-up link.
    private func rebuilt(_ first: RouteDraft, _ second: RouteDraft?, in solution: Solution, old: Double) -> Move? {
        var copy = solution
        let move = Move(delta: 0, first: first, second: second)
        guard move.apply(to: &copy) else { return nil }
        var total = copy.routes[first.technician].cost
        if let second { total += copy.routes[second.technician].cost }
        let delta = total - old
        guard delta < -tolerance else { return nil }
        return Move(delta: delta, first: first, second: second)
    }

    /// Sums what the draft's visits add up to; `nil` when size, load or qualifications rule it out.
    func measure(_ draft: RouteDraft, in solution: Solution) -> DraftMeasure? {
        let p = problem, t = draft.technician
        let V = p.visitCount
        var m = DraftMeasure()
        var load = 0.0
        var previous = p.startNode(t)
        for i in 0..<draft.count {
            let piece = draft[i]
            let route = solution.routes[piece.route]
            let a = route.visits[piece.position(0)], b = route.visits[piece.position(piece.count - 1)]
            m.visits &+= piece.count
            m.distance += p.distance(previous, a)
            m.travelTicks &+= p.travel(t, previous, a)
            let last = piece.first &+ piece.count &- 1
            load += route.loadPrefix[last] - (piece.first > 0 ? route.loadPrefix[piece.first - 1] : 0)
            let sameProfile = p.technicianProfile[piece.route] == p.technicianProfile[t]
            if !piece.reversed {
                m.distance += route.distancePrefix[last] - route.distancePrefix[piece.first]
            }
            if !piece.reversed && sameProfile {
                m.travelTicks &+= route.travelPrefix[last] &- route.travelPrefix[piece.first]
            } else {
                var node = a
                for k in 1..<max(1, piece.count) {
                    let next = route.visits[piece.position(k)]
                    if piece.reversed { m.distance += p.distance(node, next) }
                    m.travelTicks &+= p.travel(t, node, next)
                    node = next
                }
            }
            if piece.route != t {
                for k in 0..<piece.count where !p.canServe[t &* V &+ route.visits[piece.first &+ k]] { return nil }
            }
            if hasPreferences {
                for k in 0..<piece.count { m.preference += p.preferenceBonus[t &* V &+ route.visits[piece.first &+ k]] }
            }
            previous = b
        }
        guard m.visits > 0 else { return m }
        guard m.visits <= p.maxVisits[t], load <= p.capacity[t] + 1e-9 else { return nil }
        let end = p.endNode(t)
        m.distance += p.distance(previous, end)
        m.travelTicks &+= p.openEnd[t] ? 0 : p.travel(t, previous, end)
        m.lowerBound = p.fixedCost[t] + p.costPerDistance[t] * m.distance
            + p.costPerTravelTick[t] * Double(m.travelTicks) - m.preference
        return m
    }

    /// The draft's exact cost, or `nil` when a hard constraint breaks: from cached timings when
    /// they apply, else by simulating its schedule. Valid for drafts whose visits have no
    /// follow-up links.
    func cost(_ draft: RouteDraft, _ m: DraftMeasure, in solution: Solution) -> Double? {
        guard m.visits > 0 else { return 0 }
        if usesSlack, let answer = slackCost(draft, m, in: solution) { return answer }
        return simulatedCost(draft, m, in: solution)
    }

    /// The draft's cost from the cached head schedule and timing segments: `.some(nil)` when
    /// infeasible, `nil` when segments do not model the draft (a break, a visit with several
    /// windows, a soft deadline or a follow-up link after the kept head, or a long run that is
    /// not a route's tail).
    func slackCost(_ draft: RouteDraft, _ m: DraftMeasure, in solution: Solution) -> Double?? {
        let p = problem, t = draft.technician
        guard p.breakCount[t] == 0 else { return nil }
        let own = solution.routes[t]
        let scheduler = RouteScheduler(problem: p, technician: t)
        var node = p.startNode(t), ready = p.shiftStart[t]
        var lateness = 0.0
        var departure = 0
        var placed = false
        var startPiece = 0
        let head = draft[0]
        if head.route == t && head.first == 0 && !head.reversed {
            let k = head.count - 1
            node = own.visits[k]
            ready = own.end[k]
            lateness = own.latenessPrefix[k]
            departure = own.departure
            placed = true
            startPiece = 1
        }
        for i in startPiece..<draft.count {
            let piece = draft[i]
            let route = solution.routes[piece.route]
            guard route.unmodelled(from: piece.first, count: piece.count) == 0 else { return nil }
            let first = route.visits[piece.position(0)]
            var segment: TimingSegment
            if !piece.reversed && piece.first &+ piece.count == route.visits.count
                && timingClass[piece.route] == timingClass[t] {
                segment = route.suffixTiming[piece.first]
            } else {
                segment = TimingSegment(visit: first, technician: t, problem: p)
                var previous = first
                for k in 1..<max(1, piece.count) {
                    let v = route.visits[piece.position(k)]
                    guard let joined = segment.followed(
                        by: TimingSegment(visit: v, technician: t, problem: p), travel: p.travel(t, previous, v))
                    else { return .some(nil) }
                    segment = joined
                    previous = v
                }
            }
            let arrival = ready &+ p.travel(t, node, first)
            guard let finish = segment.finish(arrivingAt: arrival) else { return .some(nil) }
            if !placed {
                let start = max(arrival, p.windowStarts[p.windowOffsets[first]])
                departure = scheduler.departure(firstVisit: first, start: start, breaksBefore: 0)
                placed = true
            }
            ready = finish
            node = route.visits[piece.position(piece.count - 1)]
        }
        let end = ready &+ (p.openEnd[t] ? 0 : p.travel(t, node, p.endNode(t)))
        guard end <= p.latestEnd[t], end &- departure <= p.maxWorkingTicks[t] else { return .some(nil) }
        return .some(scheduler.baseCost(
            distance: m.distance, travelTicks: m.travelTicks, departure: departure, end: end) + lateness - m.preference)
    }

    /// The draft's exact cost by simulating its schedule, or `nil` when a hard constraint breaks.
    /// Valid for drafts whose visits have no follow-up links.
    func simulatedCost(_ draft: RouteDraft, _ m: DraftMeasure, in solution: Solution) -> Double? {
        guard m.visits > 0 else { return 0 }
        let p = problem, t = draft.technician
        let own = solution.routes[t]
        let scheduler = RouteScheduler(problem: p, technician: t)
        var log = BreakLog.discarding
        var cursor = scheduler.origin
        var lateness = 0.0
        var departure = 0
        var startPiece = 0
        let head = draft[0]
        if head.route == t && head.first == 0 && !head.reversed {
            let k = head.count - 1
            cursor = Cursor(node: own.visits[k], ready: own.end[k], breaksTaken: own.breaksAfter[k])
            lateness = own.latenessPrefix[k]
            departure = own.departure
            startPiece = 1
        }
        var placed = startPiece == 1
        var end = -1
        for i in startPiece..<draft.count {
            let piece = draft[i]
            let route = solution.routes[piece.route]
            let isOwnTail = i == draft.count - 1 && piece.route == t && !piece.reversed
                && piece.first + piece.count == own.visits.count
            for k in 0..<piece.count {
                let v = route.visits[piece.position(k)]
                guard let timing = scheduler.visit(
                    v, from: cursor, release: Problem.farPast, latestStart: Problem.farFuture, log: &log)
                else { return nil }
                lateness += scheduler.latenessCost(v, start: timing.start)
                if !placed {
                    departure = scheduler.departure(
                        firstVisit: v, start: timing.start, breaksBefore: timing.cursor.breaksTaken)
                    placed = true
                }
                cursor = timing.cursor
                if isOwnTail {
                    let j = piece.first + k
                    if cursor.ready == own.end[j] && cursor.breaksTaken == own.breaksAfter[j] {
                        lateness += own.lateness - own.latenessPrefix[j]
                        end = own.routeEnd
                        break
                    }
                }
            }
            if end >= 0 { break }
        }
        if end < 0 {
            guard let finish = scheduler.finish(from: cursor, log: &log) else { return nil }
            end = finish
        }
        guard end &- departure <= p.maxWorkingTicks[t] else { return nil }
        return scheduler.baseCost(distance: m.distance, travelTicks: m.travelTicks, departure: departure, end: end)
            + lateness - m.preference
    }
}
