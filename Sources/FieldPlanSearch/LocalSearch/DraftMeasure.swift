/// What a route draft's visits add up to, without simulating its schedule.
struct DraftMeasure {
    /// Number of visits.
    var visits = 0
    /// Distance, start to end location.
    var distance = 0.0
    /// Travel ticks, start to end location.
    var travelTicks = 0
    /// Preference bonuses earned.
    var preference = 0.0
    /// A lower bound of the route's cost: every term but the schedule's (duration, overtime,
    /// lateness), which only add to it.
    var lowerBound = 0.0
}
