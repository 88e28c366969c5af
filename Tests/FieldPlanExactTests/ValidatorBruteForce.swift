import FieldPlanModel

/// The optimum of a tiny problem under the validator's rules, by enumeration: every assignment,
/// every order, every placement of the breaks (in rule order, each in any gap or, when the
/// route is over by its earliest start, not at all) and the best departure.
///
/// Written independently of the strategies. Costs that depend on the departure (duration) are
/// not covered: use it on scenarios whose technicians have no hourly cost.
enum ValidatorBruteForce {
    /// The least cost over all plans (leaving visits out included).
    static func optimum(_ problem: Problem) -> Double {
        let p = problem, V = p.visitCount, T = p.technicianCount
        let subsets = 1 << V
        var best = [[Double]](repeating: [Double](repeating: .infinity, count: subsets), count: T)
        for t in 0..<T {
            best[t][0] = 0
            for mask in 1..<subsets {
                let visits = (0..<V).filter { mask & (1 << $0) != 0 }
                for order in BruteForce.permutations(visits) {
                    if let cost = routeCost(p, t, order) { best[t][mask] = min(best[t][mask], cost) }
                }
            }
        }
        var optimum = Double.infinity
        func split(_ t: Int, _ remaining: Int, _ cost: Double) {
            if t == T {
                let penalties = (0..<V).filter { remaining & (1 << $0) != 0 }.map { p.unassignedPenalty[$0] }
                optimum = min(optimum, cost + penalties.reduce(0, +))
                return
            }
            var mask = remaining
            while true {
                if best[t][mask].isFinite { split(t + 1, remaining & ~mask, cost + best[t][mask]) }
                if mask == 0 { break }
                mask = (mask - 1) & remaining
            }
        }
        split(0, subsets - 1, 0)
        return optimum
    }

    /// The route's least cost over break placements, `nil` when none is valid.
    static func routeCost(_ p: Problem, _ t: Int, _ order: [Int]) -> Double? {
        let V = p.visitCount
        guard order.count <= p.maxVisits[t], order.map({ p.demand[$0] }).reduce(0, +) <= p.capacity[t] + 1e-9,
              order.allSatisfy({ p.canServe[t * V + $0] && p.predecessor[$0] < 0 })
        else { return nil }
        var lateness: Double?
        for placement in placements(rules: p.breakCount[t], gaps: order.count + 1) {
            guard let late = schedule(p, t, order, placement) else { continue }
            lateness = min(lateness ?? .infinity, late)
        }
        guard let lateness else { return nil }
        var node = p.startNode(t), distance = 0.0, travel = 0.0, bonus = 0.0
        for v in order + [-1] {
            let next = v < 0 ? p.endNode(t) : v
            if v >= 0 || !p.openEnd[t] {
                distance += p.distance(node, next)
                travel += p.travelMinutes(t, node, next)
            }
            if v >= 0 { bonus += p.preferenceBonus[t * V + v] }
            node = next
        }
        return p.fixedCost[t] + p.costPerDistance[t] * distance + p.costPerTravelTick[t] * 1000 * travel
            + lateness - bonus
    }

    /// Every placement: the gap of each rule taken (non-decreasing), a prefix of the rules.
    static func placements(rules: Int, gaps: Int) -> [[Int]] {
        var result: [[Int]] = [[]]
        var frontier: [[Int]] = [[]]
        for _ in 0..<rules {
            frontier = frontier.flatMap { placement in
                ((placement.last ?? 0)..<gaps).map { placement + [$0] }
            }
            result += frontier
        }
        return result
    }

    /// The lateness cost of the earliest schedule with the breaks in `placement`, `nil` when it
    /// breaks a rule; the working-time limit is checked with the latest departure that keeps the
    /// earliest return.
    /// With several windows, each choice of one window per visit is tried for the limit (for a
    /// fixed choice, the latest departure keeping the earliest return gives the shortest route).
    static func schedule(_ p: Problem, _ t: Int, _ order: [Int], _ placement: [Int]) -> Double? {
        guard let early = walk(p, t, order, placement, departure: p.shiftStart[t]) else { return nil }
        guard p.maxWorkingTicks[t] < Problem.farFuture else { return early.lateness }
        var choices: [[Int]] = [[]]
        for v in order {
            choices = choices.flatMap { prefix in (p.windowOffsets[v]..<p.windowOffsets[v + 1]).map { prefix + [$0] } }
        }
        for choice in choices {
            guard let fixed = walk(p, t, order, placement, departure: p.shiftStart[t], windows: choice) else { continue }
            var low = p.shiftStart[t], high = fixed.end
            while low < high {
                let middle = low + (high - low + 1) / 2
                if let late = walk(p, t, order, placement, departure: middle, windows: choice), late.end <= fixed.end {
                    low = middle
                } else {
                    high = middle - 1
                }
            }
            if fixed.end - low <= p.maxWorkingTicks[t] { return early.lateness }
        }
        return nil
    }

    /// Walks the route from `departure`: each break as early as possible in its gap, each visit
    /// as early as possible in a window (in `windows[position]` when given).
    static func walk(
        _ p: Problem, _ t: Int, _ order: [Int], _ placement: [Int], departure: Int, windows: [Int]? = nil
    ) -> (end: Int, lateness: Double)? {
        let V = p.visitCount
        var ready = departure, node = p.startNode(t), next = 0, lateness = 0.0
        func breaks(inGap gap: Int) -> Bool {
            while next < placement.count && placement[next] == gap {
                let rule = p.breaks[t][next]
                let start = max(ready, rule.earliestStart)
                guard start <= rule.latestStart else { return false }
                ready = start + rule.duration
                next += 1
            }
            return true
        }
        for (position, v) in order.enumerated() {
            guard breaks(inGap: position) else { return nil }
            let arrival = ready + p.travel(t, node, v)
            var start: Int?
            let allowed = windows.map { $0[position]..<($0[position] + 1) } ?? p.windowOffsets[v]..<p.windowOffsets[v + 1]
            for w in allowed where start == nil && p.windowEnds[w] >= arrival {
                start = max(arrival, p.windowStarts[w])
            }
            guard let start else { return nil }
            let late = Problem.minutes(start) - p.softDeadlineMinutes[v]
            if late > 0 { lateness += p.latenessCostPerTick[v] * 1000 * late }
            ready = start + p.serviceTicks[t * V + v]
            node = v
        }
        guard breaks(inGap: order.count) else { return nil }
        let end = ready + (p.openEnd[t] ? 0 : p.travel(t, node, p.endNode(t)))
        guard end <= p.latestEnd[t] else { return nil }
        for rule in p.breaks[t].dropFirst(placement.count) where rule.earliestStart < end { return nil }
        return (end, lateness)
    }
}
