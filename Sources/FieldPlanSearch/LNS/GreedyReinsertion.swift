import FieldPlanModel

/// Recreate: puts removed visits back one by one, each where it costs least, in an order drawn
/// at random among SISR's sortings (random, largest demand, farthest, closest).
struct GreedyReinsertion {
    /// Chance of skipping a position while looking for the best place (SISR's blinks).
    var blinkRate: Double = 0.01

    /// Reinserts `visits` into `solution`; those that fit nowhere, or cost more than their
    /// penalty, stay out.
    func recreate(
        _ visits: [Int], into solution: inout Solution, random: inout SeededRandom, neighbours: NeighbourLists? = nil
    ) {
        let p = solution.problem
        var order = visits
        let draw = random.unit() * 11
        if draw < 4 {
            order.shuffle(using: &random)
        } else if draw < 8 {
            order.sort { p.demand[$0] > p.demand[$1] || (p.demand[$0] == p.demand[$1] && $0 < $1) }
        } else {
            let depot = p.startNode(0)
            let far = draw < 10
            order.sort {
                let a = p.distance(depot, $0), b = p.distance(depot, $1)
                return far ? (a > b || (a == b && $0 < $1)) : (a < b || (a == b && $0 < $1))
            }
        }
        order = order.filter { p.mandatory[$0] } + order.filter { !p.mandatory[$0] }
        var progress = true
        while progress && !order.isEmpty {
            progress = false
            var waiting: [Int] = []
            for v in order {
                let pred = p.predecessor[v]
                if pred >= 0 && solution.routeOf[pred] < 0 {
                    waiting.append(v)
                    continue
                }
                if insertBest(v, into: &solution, random: &random, neighbours: neighbours) { progress = true }
            }
            order = waiting
        }
    }

    /// Inserts `v` at its cheapest place; `false` when it stays out. Routes of `v`'s nearest
    /// neighbours are tried first, so that a good bound prunes most positions of the others.
    @discardableResult
    func insertBest(
        _ v: Int, into solution: inout Solution, random: inout SeededRandom, neighbours: NeighbourLists? = nil
    ) -> Bool {
        let p = solution.problem
        var best: Insertion?
        var first = -1, second = -1
        if let neighbours {
            for w in neighbours.neighbours[v].prefix(4) {
                let t = solution.routeOf[w]
                guard t >= 0, t != first, t != second else { continue }
                if first < 0 { first = t } else if second < 0 { second = t }
                if let insertion = solution.bestInsertion(
                    of: v, into: t, cutoff: best?.delta ?? .infinity, blinkRate: blinkRate, random: &random) {
                    best = insertion
                }
            }
        }
        var lastEmptyTwin = -1
        for t in 0..<p.technicianCount where t != first && t != second {
            if solution.routes[t].isEmpty {
                if p.twinClass[t] == lastEmptyTwin { continue }
                lastEmptyTwin = p.twinClass[t]
            }
            if let insertion = solution.bestInsertion(
                of: v, into: t, cutoff: best?.delta ?? .infinity, blinkRate: blinkRate, random: &random) {
                best = insertion
            }
        }
        guard let best, best.delta < p.unassignedPenalty[v] else { return false }
        return solution.insert(v, technician: best.technician, at: best.position)
    }
}
