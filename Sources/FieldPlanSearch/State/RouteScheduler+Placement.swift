import FieldPlanModel

extension RouteScheduler {
    /// The earliest-finishing schedule of a route over every placement of the technician's
    /// breaks the validator accepts (each gap, before the first visit and after the last, rules
    /// in order), or `nil` when no placement gives a valid schedule.
    ///
    /// A dynamic programme over (position, breaks taken): for each number of breaks taken it
    /// keeps the earliest moment the technician is free after the visit, which dominates every
    /// later one with as many breaks (waiting is always allowed, and every limit is a latest
    /// time). Ties keep the smaller lateness. O(visits × breaks²) and allocation-free: the
    /// states live in stack buffers. A first pass without breaks stops at once when even that
    /// breaks a limit, which no placement can mend.
    ///
    /// - Parameters:
    ///   - count: the number of visits.
    ///   - visitAt: the visit at each position.
    ///   - release: the earliest start at each position (follow-up predecessors on other routes).
    ///   - latestStart: the latest start at each position (follow-ups on other routes).
    ///   - choices: when given (`count × (breakCount + 1)` entries), receives at
    ///     `position × (breakCount + 1) + k` the breaks taken after the previous visit on the
    ///     path that reaches the visit at `position` with `k` breaks taken; `placement(...)`
    ///     reads the chosen placement back.
    func earliestFinish(
        count n: Int, visitAt: (Int) -> Int, release: (Int) -> Int, latestStart: (Int) -> Int,
        choices: UnsafeMutableBufferPointer<Int>? = nil
    ) -> PlacedSchedule? {
        let p = problem, t = technician
        guard n > 0, withoutBreaksFits(count: n, visitAt: visitAt, release: release, latestStart: latestStart)
        else { return nil }
        let rules = p.breakCount[t], width = rules &+ 1
        let unreachable = Int.max
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 &* width) { ints in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 &* width) { doubles in
                var ready = UnsafeMutableBufferPointer(rebasing: ints[0..<width])
                var nextReady = UnsafeMutableBufferPointer(rebasing: ints[width..<(2 &* width)])
                var departure = UnsafeMutableBufferPointer(rebasing: ints[(2 &* width)..<(3 &* width)])
                var nextDeparture = UnsafeMutableBufferPointer(rebasing: ints[(3 &* width)..<(4 &* width)])
                var lateness = UnsafeMutableBufferPointer(rebasing: doubles[0..<width])
                var nextLateness = UnsafeMutableBufferPointer(rebasing: doubles[width..<(2 &* width)])
                for k in 0..<width {
                    ready[k] = unreachable
                    lateness[k] = 0
                    departure[k] = p.shiftStart[t]
                }
                ready[0] = p.shiftStart[t]
                var node = p.startNode(t)
                for i in 0..<n {
                    let v = visitAt(i), earliest = release(i), latest = latestStart(i)
                    let travel = p.travel(t, node, v)
                    let service = p.serviceTicks[t &* p.visitCount &+ v]
                    for k in 0..<width { nextReady[k] = unreachable }
                    var reached = false
                    for k in 0..<width where ready[k] != unreachable {
                        var free = ready[k], taken = k
                        while true {
                            guard let start = serviceStart(v, notBefore: max(free &+ travel, earliest)),
                                  start <= latest
                            else { break }
                            let done = start &+ service
                            let late = lateness[k] + latenessCost(v, start: start)
                            if done < nextReady[taken] || (done == nextReady[taken] && late < nextLateness[taken]) {
                                nextReady[taken] = done
                                nextLateness[taken] = late
                                nextDeparture[taken] = i == 0
                                    ? self.departure(firstVisit: v, start: start, breaksBefore: taken) : departure[k]
                                choices?[i &* width &+ taken] = k
                                reached = true
                            }
                            guard taken < rules else { break }
                            let rule = p.breaks[t][taken]
                            let breakStart = max(free, rule.earliestStart)
                            guard breakStart <= rule.latestStart else { break }
                            free = breakStart &+ rule.duration
                            taken &+= 1
                        }
                    }
                    guard reached else { return nil }
                    swap(&ready, &nextReady)
                    swap(&lateness, &nextLateness)
                    swap(&departure, &nextDeparture)
                    node = v
                }
                var best: PlacedSchedule?
                for k in 0..<width where ready[k] != unreachable {
                    var log = BreakLog.discarding
                    guard let end = finish(from: Cursor(node: node, ready: ready[k], breaksTaken: k), log: &log),
                          end &- departure[k] <= p.maxWorkingTicks[t]
                    else { continue }
                    let candidate = PlacedSchedule(end: end, departure: departure[k], lateness: lateness[k], breaksAfterLast: k)
                    if let current = best,
                       (current.end, current.lateness) <= (candidate.end, candidate.lateness) { continue }
                    best = candidate
                }
                return best
            }
        }
    }

    /// The breaks taken before each visit on the path `earliestFinish` chose, read back from
    /// its `choices`.
    func placement(count n: Int, choices: UnsafeMutableBufferPointer<Int>, schedule: PlacedSchedule) -> [Int] {
        let width = problem.breakCount[technician] &+ 1
        var before = [Int](repeating: 0, count: n)
        var taken = schedule.breaksAfterLast
        for i in stride(from: n &- 1, through: 0, by: -1) {
            before[i] = taken
            taken = choices[i &* width &+ taken]
        }
        return before
    }

    /// Whether the route keeps every window and latest start, and returns in time, without any
    /// break: breaks only delay, so otherwise no placement does.
    private func withoutBreaksFits(
        count n: Int, visitAt: (Int) -> Int, release: (Int) -> Int, latestStart: (Int) -> Int
    ) -> Bool {
        let p = problem, t = technician
        var ready = p.shiftStart[t], node = p.startNode(t)
        for i in 0..<n {
            let v = visitAt(i)
            guard let start = serviceStart(v, notBefore: max(ready &+ p.travel(t, node, v), release(i))),
                  start <= latestStart(i)
            else { return false }
            ready = start &+ p.serviceTicks[t &* p.visitCount &+ v]
            node = v
        }
        return ready &+ (p.openEnd[t] ? 0 : p.travel(t, node, p.endNode(t))) <= p.latestEnd[t]
    }
}
