/// Ruin by adjacent string removal (Christiaens & Vanden Berghe's SISR): around a random seed
/// visit, cut a short string of consecutive visits out of each of a few nearby routes.
struct StringRemoval {
    /// Average number of visits removed.
    var averageRemoved: Double = 10
    /// Longest string cut from one route.
    var maxStringLength: Int = 10

    /// Removes strings from `solution` and returns the removed visits (follow-ups included).
    func ruin(_ solution: inout Solution, neighbours: NeighbourLists, random: inout SeededRandom) -> [Int] {
        let p = solution.problem
        let routed = (0..<p.visitCount).filter { solution.routeOf[$0] >= 0 }
        guard !routed.isEmpty else { return [] }
        let usedRoutes = solution.routes.filter { !$0.isEmpty }
        let averageLength = Double(routed.count) / Double(max(1, usedRoutes.count))
        let longest = min(Double(maxStringLength), averageLength)
        let maxStrings = 4 * averageRemoved / (1 + longest) - 1
        let strings = Int(1 + random.unit() * max(1, maxStrings))
        let seed = routed[Int(random.unit() * Double(routed.count))]
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
            let first = lowest + Int(random.unit() * Double(highest - lowest + 1))
            removed += route[first..<(first + length)]
        }
        return Self.remove(removed, from: &solution)
    }

    /// Removes visits and, with them, every routed follow-up of a removed visit.
    static func remove(_ visits: [Int], from solution: inout Solution) -> [Int] {
        let p = solution.problem
        var all: [Int] = []
        var stack = visits
        while let v = stack.popLast() {
            guard solution.routeOf[v] >= 0 else { continue }
            solution.remove(v)
            all.append(v)
            for s in p.successors[v] where solution.routeOf[s] >= 0 { stack.append(s) }
        }
        return all
    }
}
