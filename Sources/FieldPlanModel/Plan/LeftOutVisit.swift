/// A visit the plan does not serve, with the reasons.
public struct LeftOutVisit: Sendable, Hashable {
    /// The visit's id.
    public var visit: String
    /// Why it is left out, most fundamental first.
    public var reasons: [LeftOutReason]
    /// The weighted cost of leaving it out, when the planner knows it.
    public var penalty: Double?
    /// Each technician's cheapest insertion into the final plan, or why they cannot take it.
    public var options: [InsertionOption]

    /// Creates a left-out visit.
    public init(visit: String, reasons: [LeftOutReason], penalty: Double? = nil, options: [InsertionOption] = []) {
        self.visit = visit
        self.reasons = reasons
        self.penalty = penalty
        self.options = options
    }
}
