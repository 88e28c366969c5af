/// Or-opt: moves the run of two or three visits starting at `u`, as it is or reversed, right
/// after or right before its neighbour `v`, in the same or another route.
struct OrOpt: LocalSearchOperator {
    let name = "or-opt"
    /// Longest run moved.
    var longest = 3

    func move(_ u: Int, near v: Int, in solution: Solution, evaluator: MoveEvaluator) -> Move? {
        let r1 = solution.routeOf[u], i = solution.positionOf[u]
        let r2 = solution.routeOf[v], j = solution.positionOf[v]
        let n1 = solution.routes[r1].visits.count
        guard longest >= 2 else { return nil }
        for count in 2...longest where i + count <= n1 {
            if r1 == r2 && j >= i && j < i + count { continue }
            for direction in 0..<2 {
                let reversed = direction == 1
                for shift in 0..<2 {
                    let after = j - shift
                    guard let (first, second) = SegmentTransfer.drafts(
                        from: r1, first: i, count: count, reversed: reversed, to: r2, after: after, in: solution)
                    else { continue }
                    if let move = evaluator.improvement(first, second, in: solution) { return move }
                }
            }
        }
        return nil
    }
}
