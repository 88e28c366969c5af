/// Where a visit would go and what it would change in the objective.
struct Insertion: Equatable {
    /// The objective's change.
    var delta: Double
    /// The technician whose route takes the visit.
    var technician: Int
    /// The position in that route.
    var position: Int
}
