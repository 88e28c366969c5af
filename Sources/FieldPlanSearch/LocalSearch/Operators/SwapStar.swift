import FieldPlanModel

/// SWAP* (Vidal 2022, on a granular pair): `u` and its neighbour `v`, in two routes, change
/// routes, each going to one of its cheapest places in the other route rather than necessarily
/// the place the other left.
///
/// For each of the two visits, the `candidates` cheapest places in the other route (that route
/// without the visit leaving it, the vacated place included) are found by travel cost alone in
/// O(route length); the combinations are then priced exactly by the ``MoveEvaluator``, cheapest
/// estimate first, and the first improving one is returned. Nothing is allocated.
struct SwapStar: LocalSearchOperator {
    let name = "swap*"
    /// Places kept per visit (at most ``CheapestPlaces/capacity``).
    var candidates = 3

    func move(_ u: Int, near v: Int, in solution: Solution, evaluator: MoveEvaluator) -> Move? {
        let p = solution.problem
        let r1 = solution.routeOf[u], r2 = solution.routeOf[v]
        guard r1 != r2, p.canServe[r2 &* p.visitCount &+ u], p.canServe[r1 &* p.visitCount &+ v] else { return nil }
        let i = solution.positionOf[u], j = solution.positionOf[v]
        let forV = Self.cheapestPlaces(of: v, in: r1, without: i, keeping: candidates, solution: solution)
        // Putting u anywhere costs at least what v's leaving saves (by the triangle inequality),
        // so when v's cheapest place does not pay for that, no combination does.
        guard forV.count > 0, forV.cost(0) + Self.saving(leaving: j, of: r2, solution: solution) < 0 else { return nil }
        let forU = Self.cheapestPlaces(of: u, in: r2, without: j, keeping: candidates, solution: solution)
        guard forU.count > 0 else { return nil }
        // Combinations by estimate, cheapest first (at most 3 × 3, ordered by selection).
        var tried: UInt16 = 0
        for _ in 0..<(forU.count * forV.count) {
            var pick = -1
            var estimate = Double.infinity
            for a in 0..<forU.count {
                for b in 0..<forV.count where tried & (1 << (a * CheapestPlaces.capacity + b)) == 0 {
                    let e = forU.cost(a) + forV.cost(b)
                    if e < estimate {
                        estimate = e
                        pick = a * CheapestPlaces.capacity + b
                    }
                }
            }
            guard pick >= 0, estimate < 0 else { return nil }
            tried |= 1 << pick
            let a = pick / CheapestPlaces.capacity, b = pick % CheapestPlaces.capacity
            let first = Self.draft(r1, without: i, inserting: RoutePiece(r2, j, 1), after: forV.after(b), in: solution)
            let second = Self.draft(r2, without: j, inserting: RoutePiece(r1, i, 1), after: forU.after(a), in: solution)
            if let move = evaluator.improvement(first, second, in: solution) { return move }
        }
        return nil
    }

    /// Route `t` with its visit at `removed` taken out and `piece` put right after position
    /// `after` of the current route (-1: first); `after == removed - 1` is the vacated place.
    static func draft(_ t: Int, without removed: Int, inserting piece: RoutePiece, after: Int, in solution: Solution)
        -> RouteDraft
    {
        let n = solution.routes[t].visits.count
        var draft = RouteDraft(technician: t)
        if after == removed - 1 {
            draft.append(RoutePiece(t, 0, removed))
            draft.append(piece)
            draft.append(RoutePiece(t, removed + 1, n - removed - 1))
        } else if after < removed {
            draft.append(RoutePiece(t, 0, after + 1))
            draft.append(piece)
            draft.append(RoutePiece(t, after + 1, removed - after - 1))
            draft.append(RoutePiece(t, removed + 1, n - removed - 1))
        } else {
            draft.append(RoutePiece(t, 0, removed))
            draft.append(RoutePiece(t, removed + 1, after - removed))
            draft.append(piece)
            draft.append(RoutePiece(t, after + 1, n - after - 1))
        }
        return draft
    }

    /// The change in route `t`'s travel cost when its visit at `position` leaves (its neighbours
    /// joined directly): negative, or zero, in a metric.
    static func saving(leaving position: Int, of t: Int, solution: Solution) -> Double {
        let p = solution.problem
        let visits = solution.routes[t].visits
        let before = position > 0 ? visits[position - 1] : p.startNode(t)
        let behind = position + 1 < visits.count ? visits[position + 1] : p.endNode(t)
        return arc(before, behind, t, p) - arc(before, visits[position], t, p) - arc(visits[position], behind, t, p)
    }

    /// Technician `t`'s travel cost from `a` to `b` (the problem's matrices already make the way
    /// home of an open-ended route free).
    @inline(__always)
    static func arc(_ a: Int, _ b: Int, _ t: Int, _ p: Problem) -> Double {
        p.costPerDistance[t] * p.distance(a, b) + p.costPerTravelTick[t] * Double(p.travel(t, a, b))
    }

    /// The cheapest places for `x` in route `t` once its visit at `removed` has left, by the
    /// change in travel cost of both (the leaving visit's saving included), so that the sum of
    /// the two visits' figures estimates the move's change.
    static func cheapestPlaces(
        of x: Int, in t: Int, without removed: Int, keeping count: Int, solution: Solution
    ) -> CheapestPlaces {
        let p = solution.problem
        let visits = solution.routes[t].visits
        let n = visits.count
        let start = p.startNode(t), end = p.endNode(t)
        let before = removed > 0 ? visits[removed - 1] : start
        let behind = removed + 1 < n ? visits[removed + 1] : end
        let saving = Self.saving(leaving: removed, of: t, solution: solution)
        var places = CheapestPlaces(keeping: count)
        for after in -1..<n where after != removed {
            let a: Int, b: Int
            if after == removed - 1 {
                a = before
                b = behind
            } else {
                a = after >= 0 ? visits[after] : start
                b = after + 1 < n ? visits[after + 1] : end
            }
            places.offer(cost: saving + arc(a, x, t, p) + arc(x, b, t, p) - arc(a, b, t, p), after: after)
        }
        return places
    }
}
