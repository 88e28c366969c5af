import FieldPlanModel
import FieldPlanSearch

/// The optimum of a tiny problem by enumerating every assignment and every order.
enum BruteForce {
    /// The least cost over all plans (leaving visits out included).
    static func optimum(_ problem: Problem) -> Double {
        let assembler = PlanAssembler(problem: problem)
        let V = problem.visitCount, T = problem.technicianCount
        var best = Double.infinity
        var owner = [Int](repeating: -1, count: V)
        func assign(_ v: Int) {
            if v == V {
                var groups = [[Int]](repeating: [], count: T)
                for (visit, t) in owner.enumerated() where t >= 0 { groups[t].append(visit) }
                orders(groups, 0, [])
                return
            }
            for t in -1..<T {
                owner[v] = t
                assign(v + 1)
            }
        }
        func orders(_ groups: [[Int]], _ t: Int, _ chosen: [[Int]]) {
            if t == groups.count {
                if let cost = assembler.cost(sequences: chosen) { best = min(best, cost) }
                return
            }
            for order in permutations(groups[t]) { orders(groups, t + 1, chosen + [order]) }
        }
        assign(0)
        return best
    }

    /// Every order of `items`.
    static func permutations(_ items: [Int]) -> [[Int]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index in
            var rest = items
            let head = rest.remove(at: index)
            return permutations(rest).map { [head] + $0 }
        }
    }
}
