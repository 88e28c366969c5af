/// A technician's visits in order and the schedule cached at each position.
///
/// Flat arrays indexed by position, rebuilt when the route changes, read by insertion checks so
/// they can start mid-route and stop as soon as the old schedule is met again.
struct RouteState {
    /// Visit indices in order.
    var visits: [Int] = []
    /// Arrival at each visit.
    var arrival: [Int] = []
    /// Start of service at each visit.
    var start: [Int] = []
    /// End of service at each visit.
    var end: [Int] = []
    /// Break rules taken once each visit is done.
    var breaksAfter: [Int] = []
    /// Lateness cost summed up to and including each position.
    var latenessPrefix: [Double] = []
    /// Distance from the start location to each visit, along the route.
    var distancePrefix: [Double] = []
    /// Travel ticks from the start location to each visit, along the route.
    var travelPrefix: [Int] = []
    /// Demand served up to and including each position.
    var loadPrefix: [Double] = []
    /// Per position i, the timing of the run `visits[i...]` for this route's technician (see
    /// `TimingSegment`); meaningful only for runs of modelled visits.
    var suffixTiming: [TimingSegment] = []
    /// Visits up to and including each position whose timing `TimingSegment` does not model.
    var unmodelledPrefix: [Int] = []
    /// Whether some visit of the route has a follow-up predecessor or successor; moves on such
    /// routes are checked by rebuilding them, since their schedules bound other routes'.
    var hasFollowUps = false
    /// Breaks taken, by start tick, in order.
    var breakStarts: [Int] = []
    /// Sum of the visits' demands.
    var load: Double = 0
    /// Route distance.
    var distance: Double = 0
    /// Route travel ticks.
    var travelTicks: Int = 0
    /// Sum of preference bonuses earned.
    var preference: Double = 0
    /// Departure from home.
    var departure: Int = 0
    /// Arrival at the end location.
    var routeEnd: Int = 0
    /// The route's objective contribution (0 when empty, infinite when infeasible).
    var cost: Double = 0
    /// Whether the schedule meets every hard constraint. A removal can break a route (its new
    /// first visit may start the day earlier and exceed the working time); such a solution costs
    /// infinity, so no acceptance rule keeps it, and its cached arrays are not read.
    var isFeasible = true

    /// Whether the route has no visit.
    var isEmpty: Bool { visits.isEmpty }
    /// Total lateness cost.
    var lateness: Double { latenessPrefix.last ?? 0 }

    /// The number of visits in positions `first ..< first + count` whose timing is not modelled.
    @inline(__always)
    func unmodelled(from first: Int, count: Int) -> Int {
        guard count > 0 else { return 0 }
        return unmodelledPrefix[first &+ count &- 1] &- (first > 0 ? unmodelledPrefix[first &- 1] : 0)
    }
}

extension RouteState {
    /// An empty schedule of `visits`, with room for every position reserved in the cached
    /// arrays, so that rescheduling fills them without regrowing.
    init(scheduling visits: [Int]) {
        self.init()
        self.visits = visits
        let n = visits.count
        arrival.reserveCapacity(n)
        start.reserveCapacity(n)
        end.reserveCapacity(n)
        breaksAfter.reserveCapacity(n)
        latenessPrefix.reserveCapacity(n)
        distancePrefix.reserveCapacity(n)
        travelPrefix.reserveCapacity(n)
        loadPrefix.reserveCapacity(n)
        suffixTiming.reserveCapacity(n)
        unmodelledPrefix.reserveCapacity(n)
    }
}
