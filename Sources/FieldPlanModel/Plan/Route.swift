/// One technician's day: departure, stops in order, return.
public struct Route: Sendable, Hashable {
    /// The technician's id.
    public var technician: String
    /// Departure from the start location.
    public var start: Double
    /// Arrival at the end location (or the end of the last stop for an open end).
    public var end: Double
    /// Visits and breaks in order; no depot or home stops.
    public var stops: [Stop]
    /// The route's totals, when the planner filled them in.
    public var summary: RouteSummary?

    /// Creates a route.
    public init(technician: String, start: Double, end: Double, stops: [Stop], summary: RouteSummary? = nil) {
        self.technician = technician
        self.start = start
        self.end = end
        self.stops = stops
        self.summary = summary
    }

    /// The visit stops, in order.
    public var visitIDs: [String] { stops.compactMap(\.visit) }
}
