/// 2-opt within a route: reverses the stretch between `u` and its neighbour `v` so that they
/// become consecutive.
struct TwoOpt: LocalSearchOperator {
    let name = "2-opt"

    func move(_ u: Int, near v: Int, in solution: Solution, evaluator: MoveEvaluator) -> Move? {
        let r = solution.routeOf[u], i = solution.positionOf[u]
        guard solution.routeOf[v] == r else { return nil }
        let j = solution.positionOf[v]
        let n = solution.routes[r].visits.count
        // u before v: reverse i+1 ... j (then u is followed by v); v before u: reverse j+1 ... i.
        let low = min(i, j) + 1, high = max(i, j)
        guard high - low >= 1 else { return nil }
        var draft = RouteDraft(technician: r)
        draft.append(RoutePiece(r, 0, low))
        draft.append(RoutePiece(r, low, high - low + 1, reversed: true))
        draft.append(RoutePiece(r, high + 1, n - high - 1))
        return evaluator.improvement(draft, nil, in: solution)
    }
}
