import FieldPlanModel

/// Builds routes by repeated insertion: cheapest (k = 1) or regret-k.
///
/// Each unrouted visit keeps its best insertion per route; after an insertion only the routes it
/// touched are re-evaluated. A visit is inserted only while serving it costs less than its
/// penalty for being left out; a follow-up waits until its predecessor is routed.
struct InsertionConstruction {
    /// 1 for cheapest insertion, k ≥ 2 for regret-k.
    let k: Int

    /// Inserts `candidates` into `solution` until none fits or the context says stop:
    /// mandatory visits first, so optional ones never take their room.
    func run(_ solution: inout Solution, candidates: [Int], context: SearchContext) {
        let p = solution.problem
        let mandatory = candidates.filter { p.mandatory[$0] }
        if !mandatory.isEmpty && mandatory.count < candidates.count {
            insert(mandatory, into: &solution, context: context)
            insert(candidates.filter { !p.mandatory[$0] }, into: &solution, context: context)
        } else {
            insert(candidates, into: &solution, context: context)
        }
    }

    private func insert(_ candidates: [Int], into solution: inout Solution, context: SearchContext) {
        let p = solution.problem
        let T = p.technicianCount
        var pending = candidates.filter { solution.routeOf[$0] < 0 }
        var cost = [Double](repeating: .infinity, count: p.visitCount * T)
        var position = [Int](repeating: -1, count: p.visitCount * T)
        var isEmpty = (0..<T).map { solution.routes[$0].isEmpty }
        let twinClasses = (p.twinClass.max() ?? -1) + 1
        var emptyTwin = [Int](repeating: -1, count: twinClasses)
        var claimed = [Int](repeating: -1, count: twinClasses)
        var stamp = 0
        var ranking = InsertionRanking(visitCount: p.visitCount, depth: max(k, 1))

        func refresh(_ v: Int, _ t: Int) {
            if let insertion = solution.bestInsertion(of: v, into: t) {
                cost[v * T + t] = insertion.delta
                position[v * T + t] = insertion.position
            } else {
                cost[v * T + t] = .infinity
            }
        }
        /// Every route; an empty route copies the insertion of its twin class's first empty route,
        /// which is the same.
        func refreshAll(_ v: Int) {
            stamp += 1
            for t in 0..<T {
                if isEmpty[t] {
                    let c = p.twinClass[t]
                    if claimed[c] == stamp {
                        cost[v * T + t] = cost[v * T + emptyTwin[c]]
                        position[v * T + t] = position[v * T + emptyTwin[c]]
                        continue
                    }
                    claimed[c] = stamp
                    emptyTwin[c] = t
                }
                refresh(v, t)
            }
        }
        func rank(_ v: Int) {
            ranking.rank(
                v, table: cost, routeCount: T, isEmpty: isEmpty, twinClass: p.twinClass, claimed: &claimed,
                stamp: &stamp)
        }
        for v in pending {
            refreshAll(v)
            rank(v)
        }

        var iteration = 0
        let depth = ranking.depth
        while !pending.isEmpty && !context.shouldStop() {
            iteration += 1
            var chosen = -1, chosenRoute = -1
            var chosenScore = -Double.infinity, chosenGain = -Double.infinity
            for (index, v) in pending.enumerated() {
                let penalty = p.unassignedPenalty[v]
                let base = v * depth
                let bestRoute = ranking.route[base], cheapest = ranking.cost[base]
                guard bestRoute >= 0, cheapest < penalty else { continue }
                let gain = penalty - cheapest
                var score = gain
                if k >= 2 {
                    score = 0
                    for i in 1..<depth { score += min(ranking.cost[base + i], penalty) - cheapest }
                }
                if score > chosenScore || (score == chosenScore && gain > chosenGain) {
                    chosen = index
                    chosenRoute = bestRoute
                    chosenScore = score
                    chosenGain = gain
                }
            }
            guard chosen >= 0 else { break }
            let v = pending[chosen]
            let inserted = solution.insert(v, technician: chosenRoute, at: position[v * T + chosenRoute])
            if !inserted {
                cost[v * T + chosenRoute] = .infinity
                rank(v)
                continue
            }
            pending.remove(at: chosen)
            let opened = isEmpty[chosenRoute]
            isEmpty[chosenRoute] = false
            var touched: Set<Int> = [chosenRoute]
            for w in solution.routes[chosenRoute].visits {
                for s in p.successors[w] where solution.routeOf[s] >= 0 { touched.insert(solution.routeOf[s]) }
                let pred = p.predecessor[w]
                if pred >= 0 && solution.routeOf[pred] >= 0 { touched.insert(solution.routeOf[pred]) }
            }
            let changed = touched.sorted()
            for w in pending {
                if p.predecessor[w] == v {
                    refreshAll(w)
                    rank(w)
                    continue
                }
                var stale = opened
                for t in changed {
                    refresh(w, t)
                    if ranking.ranks(w, route: t) { stale = true }
                }
                if stale {
                    rank(w)
                } else {
                    for t in changed { ranking.offer(w, route: t, cost: cost[w * T + t]) }
                }
            }
            if iteration % 16 == 0 {
                context.progress(ProgressEvent(
                    elapsedSeconds: context.elapsed(), iteration: iteration, bestCost: solution.cost,
                    phase: "construction"))
            }
        }
    }
}
