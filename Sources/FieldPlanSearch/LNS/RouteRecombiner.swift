import FieldPlanModel

/// Builds a plan out of pooled routes: the hook through which the large-neighbourhood search
/// hands its route pool to another method (a set-partitioning MIP, for `lns+sp`).
///
/// The search calls it every so many iterations and once at the end, on the thread of the
/// search, with a context whose time limit is the call's budget. The answer is a visit sequence
/// per technician; the search rebuilds it with its own scheduling, so an infeasible or worse
/// answer is simply ignored.
public protocol RouteRecombiner: Sendable {
    /// Visit sequences, one per technician (empty for unused technicians), that combine routes of
    /// `pool` and `incumbent` into a cheaper plan than `incumbent`; `nil` when it finds none.
    ///
    /// - Parameters:
    ///   - pool: distinct feasible routes seen by the search.
    ///   - incumbent: the best plan's non-empty routes, with their costs.
    ///   - problem: the problem searched.
    ///   - context: the call's budget (time limit) and the run's cancellation.
    func recombine(
        pool: RoutePool, incumbent: [PooledRoute], problem: Problem, context: SearchContext
    ) -> [[Int]]?
}
