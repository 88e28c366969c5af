import FieldPlanModel

/// One technician's scheduled route in ticks, however a strategy scheduled it: the input of
/// ``RouteAssembler``.
package struct RouteTimes {
    /// The technician.
    package var technician: Int
    /// Visit indices in order.
    package var visits: [Int]
    /// Arrival at each visit.
    package var arrivals: [Int]
    /// Start of service at each visit.
    package var starts: [Int]
    /// Per visit, how many break rules (in `Problem.breaks` order) are taken before it.
    package var breaksBefore: [Int]
    /// Start of each break taken, in rule order (those after the last visit included).
    package var breakStarts: [Int]
    /// Departure from home.
    package var departure: Int
    /// Arrival at the end location.
    package var end: Int

    /// Creates the times of a route.
    package init(
        technician: Int, visits: [Int], arrivals: [Int], starts: [Int], breaksBefore: [Int], breakStarts: [Int],
        departure: Int, end: Int
    ) {
        self.technician = technician
        self.visits = visits
        self.arrivals = arrivals
        self.starts = starts
        self.breaksBefore = breaksBefore
        self.breakStarts = breakStarts
        self.departure = departure
        self.end = end
    }
}
