/// The totals and cost of a plan as the validator recomputes them from the scenario.
///
/// `cost = unassignedCost + latenessCost + overtimeCost + travelTimeCost + distanceCost
///       + technicianCost + routeCost − preferenceBonus`; every term is already weighted.
public struct RecomputedCosts: Sendable, Hashable {
    /// Total distance of the routes with at least one visit.
    public var distance: Double = 0
    /// Total travel minutes (technicians' speed factors applied).
    public var travelTime: Double = 0
    /// Routes with at least one visit.
    public var routes: Int = 0
    /// Distinct scenario visits served.
    public var assigned: Int = 0
    /// Scenario visits not served.
    public var unassigned: Int = 0
    /// Total minutes late against soft SLA deadlines.
    public var lateness: Double = 0
    /// Total minutes past shift ends.
    public var overtime: Double = 0

    /// Weighted penalties of the visits left out.
    public var unassignedCost: Double = 0
    /// Weighted soft-SLA lateness cost.
    public var latenessCost: Double = 0
    /// Weighted overtime cost.
    public var overtimeCost: Double = 0
    /// Weighted cost of travel minutes.
    public var travelTimeCost: Double = 0
    /// Weighted cost of distance (the objective's own distance weight).
    public var distanceCost: Double = 0
    /// Weighted technician costs: per km, per hour and fixed.
    public var technicianCost: Double = 0
    /// Weighted cost of using routes (`vehicles-then-distance`).
    public var routeCost: Double = 0
    /// Weighted preferred-technician bonuses, subtracted from the cost.
    public var preferenceBonus: Double = 0

    /// Creates all-zero totals.
    public init() {}

    /// The objective value: the sum of the cost terms minus the preference bonus.
    public var cost: Double {
        unassignedCost + latenessCost + overtimeCost + travelTimeCost + distanceCost
            + technicianCost + routeCost - preferenceBonus
    }
}
