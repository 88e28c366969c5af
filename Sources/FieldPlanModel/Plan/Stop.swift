/// A stop of a route: a visit, or a break.
public struct Stop: Sendable, Hashable {
    /// What kind of stop this is.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Serving a visit.
        case visit
        /// A break.
        case `break`
    }

    /// What kind of stop this is.
    public var kind: Kind
    /// The visit's id (visit stops only).
    public var visit: String?
    /// Arrival at the stop's location (for a break: when the break could begin).
    public var arrival: Double
    /// Start of service or of the break.
    public var start: Double
    /// End of service or of the break.
    public var end: Double

    /// Creates a stop.
    public init(kind: Kind, visit: String?, arrival: Double, start: Double, end: Double) {
        self.kind = kind
        self.visit = visit
        self.arrival = arrival
        self.start = start
        self.end = end
    }

    /// Creates a visit stop.
    public static func visit(_ id: String, arrival: Double, start: Double, end: Double) -> Stop {
        Stop(kind: .visit, visit: id, arrival: arrival, start: start, end: end)
    }

    /// Creates a break stop.
    public static func breakStop(arrival: Double, start: Double, end: Double) -> Stop {
        Stop(kind: .break, visit: nil, arrival: arrival, start: start, end: end)
    }

    /// Minutes spent waiting between arrival and start.
    public var waiting: Double { max(0, start - arrival) }
}
