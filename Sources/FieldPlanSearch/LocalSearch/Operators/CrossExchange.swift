/// Cross-exchange: swaps the run of one to three visits starting at `u` with the run of one to
/// three visits right after its neighbour `v` in another route, so that `u` follows `v`.
struct CrossExchange: LocalSearchOperator {
    let name = "cross-exchange"
    /// Longest run exchanged.
    var longest = 3

    func move(_ u: Int, near v: Int, in solution: Solution, evaluator: MoveEvaluator) -> Move? {
        let r1 = solution.routeOf[u], i = solution.positionOf[u]
        let r2 = solution.routeOf[v], j = solution.positionOf[v]
        guard r1 != r2 else { return nil }
        let n1 = solution.routes[r1].visits.count, n2 = solution.routes[r2].visits.count
        for count1 in 1...longest where i + count1 <= n1 {
            for count2 in 1...longest where j + 1 + count2 <= n2 {
                if count1 == 1 && count2 == 1 { continue }
                var first = RouteDraft(technician: r1)
                first.append(RoutePiece(r1, 0, i))
                first.append(RoutePiece(r2, j + 1, count2))
                first.append(RoutePiece(r1, i + count1, n1 - i - count1))
                var second = RouteDraft(technician: r2)
                second.append(RoutePiece(r2, 0, j + 1))
                second.append(RoutePiece(r1, i, count1))
                second.append(RoutePiece(r2, j + 1 + count2, n2 - j - 1 - count2))
                if let move = evaluator.improvement(first, second, in: solution) { return move }
            }
        }
        return nil
    }
}
