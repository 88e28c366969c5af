/// One route's totals, for dispatchers and for checking.
public struct RouteSummary: Sendable, Hashable {
    /// Visits served.
    public var visits: Int
    /// Distance driven, in the plan's distance convention.
    public var distance: Double
    /// Minutes of travel.
    public var travelTime: Double
    /// Minutes spent waiting for windows to open.
    public var waiting: Double
    /// Minutes late against soft SLA deadlines.
    public var lateness: Double
    /// Minutes past the shift end.
    public var overtime: Double
    /// The route's share of the objective (penalties of left-out visits excluded).
    public var cost: Double

    /// Creates a route summary.
    public init(
        visits: Int, distance: Double, travelTime: Double, waiting: Double, lateness: Double,
        overtime: Double, cost: Double
    ) {
        self.visits = visits
        self.distance = distance
        self.travelTime = travelTime
        self.waiting = waiting
        self.lateness = lateness
        self.overtime = overtime
        self.cost = cost
    }
}
