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

    /// Creates a route.
    public init(technician: String, start: Double, end: Double, stops: [Stop]) {
        self.technician = technician
        self.start = start
        self.end = end
        self.stops = stops
    }

    /// The visit stops, in order.
    public var visitIDs: [String] { stops.compactMap(\.visit) }
}
