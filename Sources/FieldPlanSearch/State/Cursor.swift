/// Where a technician is, when they are free, and how many breaks they have taken, while a
/// route is simulated stop by stop.
struct Cursor: Equatable {
    /// The travel node the technician is at.
    var node: Int
    /// When the technician is free to act at `node`.
    var ready: Int
    /// How many of the technician's break rules (in order) are taken.
    var breaksTaken: Int
}

/// The times of one visit in a simulated route.
struct VisitTiming {
    /// The cursor after the visit (at its location, free at its end).
    var cursor: Cursor
    /// Arrival at the visit's location.
    var arrival: Int
    /// Start of service.
    var start: Int
}
