/// Relocate: moves `u` right after or right before its neighbour `v`, in the same or another route.
struct Relocate: LocalSearchOperator {
    let name = "relocate"

    func move(_ u: Int, near v: Int, in solution: Solution, evaluator: MoveEvaluator) -> Move? {
        let r1 = solution.routeOf[u], i = solution.positionOf[u]
        let r2 = solution.routeOf[v], j = solution.positionOf[v]
        for shift in 0..<2 {
            let after = j - shift
            guard let (first, second) = SegmentTransfer.drafts(
                from: r1, first: i, count: 1, reversed: false, to: r2, after: after, in: solution)
            else { continue }
            if let move = evaluator.improvement(first, second, in: solution) { return move }
        }
        return nil
    }
}
