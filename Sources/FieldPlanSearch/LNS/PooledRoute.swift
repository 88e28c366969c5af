/// A feasible route seen during the search: who drove it, the visits in order and what it cost.
public struct PooledRoute: Sendable, Equatable {
    /// The technician the route was scheduled for.
    public let technician: Int
    /// The technician's twin class (`Problem.twinClass`): any technician of the
    /// class may drive the route at the same cost.
    public let fleet: Int
    /// The visits, in order.
    public let visits: [Int]
    /// The route's share of the objective, fixed cost included.
    public let cost: Double

    /// Creates a pooled route.
    public init(technician: Int, fleet: Int, visits: [Int], cost: Double) {
        self.technician = technician
        self.fleet = fleet
        self.visits = visits
        self.cost = cost
    }

    /// Cost per visit, the measure by which a full pool evicts (higher goes first).
    var costPerVisit: Double { cost / Double(max(1, visits.count)) }
}
