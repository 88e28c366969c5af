/// Ruin by adjacent string removal (Christiaens & Vanden Berghe's SISR): around a random seed
/// visit, cut a short string of consecutive visits out of each of a few nearby routes.
struct StringRemoval {
    /// Average number of visits removed.
    var averageRemoved: Double = 10
    /// Longest string cut from one route.
    var maxStringLength: Int = 10
    /// Chance of the split-string variant.
    var splitRate: Double = 0.5
    /// Chance of ending the kept run in a split string at each extra visit.
    var keepRate: Double = 0.01

    /// Removes strings from `solution` and returns the removed visits (follow-ups included).
    func ruin(_ solution: inout Solution, neighbours: NeighbourLists, random: inout SeededRandom) -> [Int] {
        guard let seed = Self.randomRoutedVisit(in: solution, random: &random) else { return [] }
        let averageLength = Double(solution.routedCount) / Double(max(1, solution.usedRoutes))
        let longest = min(Double(maxStringLength), averageLength)
        let maxStrings = 4 * averageRemoved / (1 + longest) - 1
        let strings = Int(1 + random.unit() * max(1, maxStrings))
        var ruinedRoutes: Set<Int> = []
        var removed: [Int] = []
        for c in [seed] + neighbours.neighbours[seed] {
            guard ruinedRoutes.count < strings else { break }
            let t = solution.routeOf[c]
            guard t >= 0, !ruinedRoutes.contains(t) else { continue }
            ruinedRoutes.insert(t)
            let route = solution.routes[t].visits
            let cap = min(Double(route.count), longest)
            let length = max(1, min(route.count, Int(1 + random.unit() * cap)))
            let position = solution.positionOf[c]
            let lowest = max(0, position - length + 1), highest = min(position, route.count - length)
            if length >= 2 && length < route.count && random.unit() < splitRate {
                removed += splitString(route, around: position, length: length, random: &random)
            } else {
                let first = lowest + Int(random.unit() * Double(highest - lowest + 1))
                removed += route[first..<(first + length)]
            }
        }
        return Self.remove(removed, from: &solution)
    }

    /// SISR's split string: a string of `length + kept` visits around `position` from which a
    /// run of `kept` visits in the middle stays in the route.
    private func splitString(_ route: [Int], around position: Int, length: Int, random: inout SeededRandom) -> [Int] {
        var kept = 1
        while length + kept < route.count && random.unit() > keepRate { kept += 1 }
        let total = length + kept
        let lowest = max(0, position - total + 1), highest = min(position, route.count - total)
        guard lowest <= highest else { return [route[position]] }
        let first = lowest + Int(random.unit() * Double(highest - lowest + 1))
        let keptStart = first + Int(random.unit() * Double(length + 1))
        var removed: [Int] = []
        for i in first..<(first + total) where i < keptStart || i >= keptStart + kept {
            removed.append(route[i])
        }
        return removed
    }

    /// A routed visit drawn uniformly: by rejection while at least a tenth of the visits are
    /// routed (a few draws, no pass over all visits), by listing them otherwise.
    static func randomRoutedVisit(in solution: Solution, random: inout SeededRandom) -> Int? {
        let p = solution.problem
        let routed = solution.routedCount
        guard routed > 0 else { return nil }
        if routed * 10 >= p.visitCount {
            while true {
                let v = Int(random.unit() * Double(p.visitCount))
                if solution.routeOf[v] >= 0 { return v }
            }
        }
        let all = (0..<p.visitCount).filter { solution.routeOf[$0] >= 0 }
        return all[Int(random.unit() * Double(all.count))]
    }

    /// Removes visits and, with them, every routed follow-up of a removed visit; each route they
    /// leave is rescheduled once.
    static func remove(_ visits: [Int], from solution: inout Solution) -> [Int] {
        let p = solution.problem
        var all: [Int] = []
        var stack = visits
        while let v = stack.popLast() {
            guard solution.routeOf[v] >= 0, !all.contains(v) else { continue }
            all.append(v)
            for s in p.successors[v] where solution.routeOf[s] >= 0 { stack.append(s) }
        }
        solution.remove(all: all)
        return all
    }
}
