/// 2-opt*: exchanges the tails of two routes so that `u` and its neighbour `v` become
/// consecutive (u then v, or v then u).
struct TwoOptStar: LocalSearchOperator {
    let name = "2-opt*"

    func move(_ u: Int, near v: Int, in solution: Solution, evaluator: MoveEvaluator) -> Move? {
        let r1 = solution.routeOf[u], i = solution.positionOf[u]
        let r2 = solution.routeOf[v], j = solution.positionOf[v]
        guard r1 != r2 else { return nil }
        let n1 = solution.routes[r1].visits.count, n2 = solution.routes[r2].visits.count
        // u then v: r1 keeps its head up to u and takes r2's tail from v.
        var first = RouteDraft(technician: r1)
        first.append(RoutePiece(r1, 0, i + 1))
        first.append(RoutePiece(r2, j, n2 - j))
        var second = RouteDraft(technician: r2)
        second.append(RoutePiece(r2, 0, j))
        second.append(RoutePiece(r1, i + 1, n1 - i - 1))
        if let move = evaluator.improvement(first, second, in: solution) { return move }
        // v then u: r2 keeps its head up to v and takes r1's tail from u.
        first = RouteDraft(technician: r1)
        first.append(RoutePiece(r1, 0, i))
        first.append(RoutePiece(r2, j + 1, n2 - j - 1))
        second = RouteDraft(technician: r2)
        second.append(RoutePiece(r2, 0, j + 1))
        second.append(RoutePiece(r1, i, n1 - i))
        return evaluator.improvement(first, second, in: solution)
    }
}
