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

        func refresh(_ v: Int, _ t: Int) {
            if let insertion = solution.bestInsertion(of: v, into: t) {
                cost[v * T + t] = insertion.delta
                position[v * T + t] = insertion.position
            } else {
                cost[v * T + t] = .infinity
            }
        }
        for v in pending { for t in 0..<T { refresh(v, t) } }

        var iteration = 0
        var best = [Double](repeating: .infinity, count: max(k, 1))
        let twinClasses = (p.twinClass.max() ?? -1) + 1
        var emptyTwinStamp = [Int](repeating: -1, count: twinClasses)
        var stamp = 0
        while !pending.isEmpty && !context.shouldStop() {
            iteration += 1
            var chosen = -1, chosenRoute = -1
            var chosenScore = -Double.infinity, chosenGain = -Double.infinity
            for (index, v) in pending.enumerated() {
                let penalty = p.unassignedPenalty[v]
                for i in best.indices { best[i] = .infinity }
                var bestRoute = -1
                stamp += 1
                for t in 0..<T {
                    if solution.routes[t].isEmpty {
                        // Twin technicians' empty routes are one alternative, not many.
                        if emptyTwinStamp[p.twinClass[t]] == stamp { continue }
                        emptyTwinStamp[p.twinClass[t]] = stamp
                    }
                    let c = cost[v * T + t]
                    guard c < best[best.count - 1] else { continue }
                    var i = best.count - 1
                    while i > 0 && best[i - 1] > c {
                        best[i] = best[i - 1]
                        i -= 1
                    }
                    best[i] = c
                    if i == 0 { bestRoute = t }
                }
                guard bestRoute >= 0, best[0] < penalty else { continue }
                let gain = penalty - best[0]
                var score = gain
                if k >= 2 {
                    score = 0
                    for i in 1..<best.count { score += min(best[i], penalty) - best[0] }
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
                continue
            }
            pending.remove(at: chosen)
            var touched: Set<Int> = [chosenRoute]
            for w in solution.routes[chosenRoute].visits {
                for s in p.successors[w] where solution.routeOf[s] >= 0 { touched.insert(solution.routeOf[s]) }
                let pred = p.predecessor[w]
                if pred >= 0 && solution.routeOf[pred] >= 0 { touched.insert(solution.routeOf[pred]) }
            }
            for w in pending {
                if p.predecessor[w] == v {
                    for t in 0..<T { refresh(w, t) }
                } else {
                    for t in touched.sorted() { refresh(w, t) }
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
