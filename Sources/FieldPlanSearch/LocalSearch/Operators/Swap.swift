/// Swap: exchanges `u` and its neighbour `v`, in the same or two routes.
struct Swap: LocalSearchOperator {
    let name = "swap"

    func move(_ u: Int, near v: Int, in solution: Solution, evaluator: MoveEvaluator) -> Move? {
        let r1 = solution.routeOf[u], i = solution.positionOf[u]
        let r2 = solution.routeOf[v], j = solution.positionOf[v]
        if r1 == r2 {
            guard abs(i - j) > 0 else { return nil }
            let a = min(i, j), b = max(i, j)
            let n = solution.routes[r1].visits.count
            var draft = RouteDraft(technician: r1)
            draft.append(RoutePiece(r1, 0, a))
            draft.append(RoutePiece(r1, b, 1))
            draft.append(RoutePiece(r1, a + 1, b - a - 1))
            draft.append(RoutePiece(r1, a, 1))
            draft.append(RoutePiece(r1, b + 1, n - b - 1))
            return evaluator.improvement(draft, nil, in: solution)
        }
        let n1 = solution.routes[r1].visits.count, n2 = solution.routes[r2].visits.count
        var first = RouteDraft(technician: r1)
        first.append(RoutePiece(r1, 0, i))
        first.append(RoutePiece(r2, j, 1))
        first.append(RoutePiece(r1, i + 1, n1 - i - 1))
        var second = RouteDraft(technician: r2)
        second.append(RoutePiece(r2, 0, j))
        second.append(RoutePiece(r1, i, 1))
        second.append(RoutePiece(r2, j + 1, n2 - j - 1))
        return evaluator.improvement(first, second, in: solution)
    }
}
