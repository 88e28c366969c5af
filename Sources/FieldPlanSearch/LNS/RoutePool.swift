import FieldPlanModel

/// Distinct feasible routes seen during a search, for a recombiner to choose from.
///
/// A route is identified by its fleet (twin class) and visit sequence: the same sequence seen
/// again on a twin is not added twice. The pool holds at most `capacity` routes; when it
/// overflows, the quarter with the highest cost per visit is evicted (ties: the oldest first), so
/// the pool keeps cheap routes of many shapes rather than the latest ones. The order of
/// ``routes`` depends only on the order of admission, so runs are deterministic.
public struct RoutePool: Sendable {
    private struct Key: Hashable {
        let fleet: Int
        let visits: [Int]
    }

    /// Each technician's twin class.
    public let fleetOf: [Int]
    /// The most routes kept.
    public let capacity: Int
    /// The routes, in order of admission.
    public private(set) var routes: [PooledRoute] = []
    private var keys: Set<Key> = []

    /// An empty pool for the technicians of `problem`.
    public init(problem: Problem, capacity: Int = 3000) {
        fleetOf = problem.twinClass
        self.capacity = max(1, capacity)
    }

    /// Number of routes held.
    public var count: Int { routes.count }

    /// Whether the pool holds `visits` for the fleet of `technician`.
    public func contains(technician: Int, visits: [Int]) -> Bool {
        keys.contains(Key(fleet: fleetOf[technician], visits: visits))
    }

    /// Adds the route `visits` of `technician` at `cost`, unless it is empty, has a non-finite
    /// cost or is already held; returns whether it was added.
    @discardableResult
    public mutating func admit(technician: Int, visits: [Int], cost: Double) -> Bool {
        guard !visits.isEmpty, cost.isFinite, technician >= 0, technician < fleetOf.count else { return false }
        let key = Key(fleet: fleetOf[technician], visits: visits)
        guard keys.insert(key).inserted else { return false }
        routes.append(PooledRoute(technician: technician, fleet: key.fleet, visits: visits, cost: cost))
        if routes.count > capacity { evict() }
        return true
    }

    /// Drops the quarter of the routes with the highest cost per visit.
    private mutating func evict() {
        let keep = capacity - capacity / 4
        let ranked = routes.indices.sorted {
            let a = routes[$0].costPerVisit, b = routes[$1].costPerVisit
            return a < b || (a == b && $0 > $1)
        }
        var kept = [Bool](repeating: false, count: routes.count)
        for index in ranked.prefix(keep) { kept[index] = true }
        var survivors: [PooledRoute] = []
        survivors.reserveCapacity(keep)
        for (index, route) in routes.enumerated() where kept[index] {
            survivors.append(route)
        }
        for (index, route) in routes.enumerated() where !kept[index] {
            keys.remove(Key(fleet: route.fleet, visits: route.visits))
        }
        routes = survivors
    }
}
