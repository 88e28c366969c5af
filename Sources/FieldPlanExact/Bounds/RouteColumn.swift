/// A route of the master problem: a fleet, its visits in order (problem indices) and its cost
/// without duals.
struct RouteColumn: Hashable, Sendable {
    /// The fleet (index into the bound's networks).
    let fleet: Int
    /// Problem visit indices, in order; a visit may repeat in an ng-route.
    let visits: [Int]
    /// The route's cost.
    let cost: Double

    /// How often each visit occurs, as (visit, count) pairs sorted by visit.
    var coverage: [(visit: Int, count: Int)] {
        var counts: [Int: Int] = [:]
        for v in visits { counts[v, default: 0] += 1 }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
