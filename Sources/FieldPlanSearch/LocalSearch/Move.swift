/// An improving change found by an operator: one or two routes rewritten, and the objective's
/// change.
struct Move {
    /// The objective's change (negative for an improvement).
    var delta: Double
    /// The first route as the move leaves it.
    var first: RouteDraft
    /// The second route, when the move spans two.
    var second: RouteDraft?

    /// Applies the move; `false` (with both routes restored) if the rebuilt routes turn out
    /// infeasible, which the evaluation rules out unless follow-up links interfere.
    @discardableResult
    func apply(to solution: inout Solution) -> Bool {
        let t1 = first.technician, t2 = second?.technician ?? -1
        let old1 = solution.routes[t1].visits
        let old2 = t2 >= 0 ? solution.routes[t2].visits : []
        let new1 = first.visits(in: solution.routes)
        let new2 = second?.visits(in: solution.routes) ?? []
        if solution.rewrite(t1, to: new1, t2, to: new2) { return true }
        _ = solution.rewrite(t1, to: old1, t2, to: old2)
        return false
    }
}
