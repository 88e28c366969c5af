/// Where and when the plan serves a visit (its first occurrence), for follow-up and cost checks.
struct ServedVisit: Sendable {
    /// The index of the route in the plan.
    var route: Int
    /// The route's technician.
    var technician: String
    /// Start of service.
    var start: Double
    /// End of service.
    var end: Double
}
