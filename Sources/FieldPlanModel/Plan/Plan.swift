/// The answer to a scenario: routes with times, the visits left out and why, and a summary.
///
/// Times are minutes since the scenario's origin; the plan writer turns them into date-times.
public struct Plan: Sendable, Hashable {
    /// One route per technician who works.
    public var routes: [Route]
    /// Visits not served, each with its reasons.
    public var unassigned: [LeftOutVisit]
    /// Totals, cost and provenance.
    public var summary: PlanSummary
    /// Visits served after their soft SLA deadline, with why.
    public var lateVisits: [LateVisit]

    /// Creates a plan.
    public init(routes: [Route], unassigned: [LeftOutVisit], summary: PlanSummary, lateVisits: [LateVisit] = []) {
        self.routes = routes
        self.unassigned = unassigned
        self.summary = summary
        self.lateVisits = lateVisits
    }
}
