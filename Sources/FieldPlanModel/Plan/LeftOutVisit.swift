/// A visit the plan does not serve, with the reasons.
public struct LeftOutVisit: Sendable, Hashable {
    /// The visit's id.
    public var visit: String
    /// Why it is left out, most fundamental first.
    public var reasons: [LeftOutReason]

    /// Creates a left-out visit.
    public init(visit: String, reasons: [LeftOutReason]) {
        self.visit = visit
        self.reasons = reasons
    }
}
