import FieldPlanModel

/// The schedule of one route in ticks, with the breaks where a ``MIPRoute`` puts them.
///
/// From a departure, every visit starts as early as its windows, the breaks before it and its
/// follow-up release allow, and every break as early as its window allows once the technician is
/// free at the previous stop (where it is taken). Earlier is never worse for feasibility or for
/// any cost but the route's duration, which the caller trades off through the departure.
struct RouteTimetable: Sendable {
    /// Departure from home.
    var departure: Int
    /// Arrival at each visit.
    var arrivals: [Int] = []
    /// Start of each visit.
    var starts: [Int] = []
    /// Start of each break taken, in rule order.
    var breakStarts: [Int] = []
    /// Arrival at the end location.
    var end: Int = 0

    /// The schedule of `route` leaving at `departure`; `nil` when it breaks a window, a break
    /// window, the latest return, the working-time limit, or owes a break it does not take.
    /// `release(v)` is the earliest start a follow-up predecessor on another route allows
    /// (`nil`: that predecessor is not scheduled yet). Without `limitWorkingTime` the
    /// working-time limit is not checked.
    init?(
        problem p: Problem, route: MIPRoute, departure: Int, limitWorkingTime: Bool = true,
        release: (Int) -> Int?
    ) {
        let t = route.technician, V = p.visitCount
        self.departure = departure
        var ready = departure, node = p.startNode(t), taken = 0
        var ownEnds: [Int: Int] = [:]
        func takeBreaks(upTo count: Int) -> Bool {
            while taken < count {
                guard taken < p.breakCount[t] else { return false }
                let rule = p.breaks[t][taken]
                let start = max(ready, rule.earliestStart)
                guard start <= rule.latestStart else { return false }
                breakStarts.append(start)
                ready = start + rule.duration
                taken += 1
            }
            return true
        }
        for (position, v) in route.visits.enumerated() {
            guard takeBreaks(upTo: route.breaksBefore[position]) else { return nil }
            var earliest = ready + p.travel(t, node, v)
            arrivals.append(earliest)
            let pred = p.predecessor[v]
            if pred >= 0 {
                guard let predEnd = ownEnds[pred] ?? release(pred) else { return nil }
                earliest = max(earliest, predEnd + p.followUpGapTicks[v])
            }
            guard let start = Self.serviceStart(p, v, notBefore: earliest) else { return nil }
            starts.append(start)
            ready = start + p.serviceTicks[t * V + v]
            ownEnds[v] = ready
            node = v
        }
        guard takeBreaks(upTo: route.breaksTotal) else { return nil }
        end = ready + (p.openEnd[t] ? 0 : p.travel(t, node, p.endNode(t)))
        guard end <= p.latestEnd[t] else { return nil }
        if limitWorkingTime && end - departure > p.maxWorkingTicks[t] { return nil }
        for rule in p.breaks[t].dropFirst(taken) where rule.earliestStart < end { return nil }
    }

    /// The end of service of each visit, by visit index.
    func serviceEnds(problem p: Problem, route: MIPRoute) -> [Int: Int] {
        var ends: [Int: Int] = [:]
        for (position, v) in route.visits.enumerated() {
            ends[v] = starts[position] + p.serviceTicks[route.technician * p.visitCount + v]
        }
        return ends
    }

    /// The earliest start of `v` at or after `time` inside one of its windows.
    static func serviceStart(_ p: Problem, _ v: Int, notBefore time: Int) -> Int? {
        for w in p.windowOffsets[v]..<p.windowOffsets[v + 1] where p.windowEnds[w] >= time {
            return max(time, p.windowStarts[w])
        }
        return nil
    }
}
