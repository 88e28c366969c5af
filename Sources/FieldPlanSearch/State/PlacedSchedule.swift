/// The outcome of `RouteScheduler.earliestFinish`: the earliest end of a route over every
/// placement of its breaks, and what that schedule costs in time-dependent terms.
struct PlacedSchedule: Equatable {
    /// Arrival at the end location.
    var end: Int
    /// Departure from home.
    var departure: Int
    /// Lateness cost summed over the visits.
    var lateness: Double
    /// Break rules taken once the last visit is done, before those owed at the end.
    var breaksAfterLast: Int
}
