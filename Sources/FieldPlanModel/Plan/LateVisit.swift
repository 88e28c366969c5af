/// A visit served after its soft SLA deadline: by how much, and why it could not start earlier.
public struct LateVisit: Sendable, Hashable {
    /// The visit's id.
    public var visit: String
    /// The technician serving it.
    public var technician: String
    /// The SLA deadline, minutes since the origin.
    public var deadline: Double
    /// The planned start of service.
    public var start: Double
    /// Minutes late (`start − deadline`).
    public var minutesLate: Double
    /// The earliest start this technician's route allows at this position.
    public var earliestStart: Double
    /// A sentence for the dispatcher: what bounds the earliest start.
    public var reason: String

    /// Creates a late visit.
    public init(
        visit: String, technician: String, deadline: Double, start: Double, minutesLate: Double,
        earliestStart: Double, reason: String
    ) {
        self.visit = visit
        self.technician = technician
        self.deadline = deadline
        self.start = start
        self.minutesLate = minutesLate
        self.earliestStart = earliestStart
        self.reason = reason
    }
}
