/// One technician's route read from a ``RoutingModel`` solution: the visits in order, where the
/// breaks go, and the departure the model chose.
struct MIPRoute: Sendable, Equatable {
    /// The technician.
    var technician: Int
    /// Visit indices in order.
    var visits: [Int]
    /// Per position, how many of the technician's break rules (in `Problem.breaks` order) are
    /// taken before that visit, counting earlier gaps.
    var breaksBefore: [Int]
    /// How many rules the route takes in all (the rest come after the last visit).
    var breaksTotal: Int
    /// The model's departure in minutes, when the model tracks departures.
    var departure: Double?
}
