/// A plan's totals, cost and provenance.
public struct PlanSummary: Sendable, Hashable {
    /// `optimal` when proven, otherwise `feasible`.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Proven optimal.
        case optimal
        /// A plan with no proof of optimality.
        case feasible
    }

    /// Total distance, recomputed in double precision in the plan's distance convention.
    public var distance: Double
    /// Total travel minutes.
    public var travelTime: Double
    /// Number of routes with at least one visit.
    public var routes: Int
    /// Visits served.
    public var assigned: Int
    /// Visits left out.
    public var unassigned: Int
    /// Total minutes late against soft SLA deadlines.
    public var lateness: Double
    /// Total minutes past shift ends.
    public var overtime: Double
    /// The objective value.
    public var cost: Double
    /// Optimality status.
    public var status: Status
    /// A lower bound on the cost, when known.
    public var bound: Double?
    /// `(cost − bound) / cost`, when a bound is known.
    public var gap: Double?
    /// The strategy that made the plan.
    public var strategy: String
    /// The seed it used.
    public var seed: UInt64
    /// Wall-clock seconds it took.
    public var elapsedSeconds: Double
    /// The distance convention the plan was solved in.
    public var distanceConvention: DistanceConvention

    /// Creates a summary.
    public init(
        distance: Double, travelTime: Double, routes: Int, assigned: Int, unassigned: Int,
        lateness: Double, overtime: Double, cost: Double, status: Status = .feasible,
        bound: Double? = nil, gap: Double? = nil, strategy: String, seed: UInt64,
        elapsedSeconds: Double, distanceConvention: DistanceConvention
    ) {
        self.distance = distance
        self.travelTime = travelTime
        self.routes = routes
        self.assigned = assigned
        self.unassigned = unassigned
        self.lateness = lateness
        self.overtime = overtime
        self.cost = cost
        self.status = status
        self.bound = bound
        self.gap = gap
        self.strategy = strategy
        self.seed = seed
        self.elapsedSeconds = elapsedSeconds
        self.distanceConvention = distanceConvention
    }
}
