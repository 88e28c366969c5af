/// The weights of the objective's terms once its kind is applied; see ``ObjectiveSettings``.
public struct ObjectiveWeights: Sendable, Hashable {
    /// Weight of penalties for visits left out.
    public var unassigned: Double
    /// Weight of lateness costs.
    public var lateness: Double
    /// Weight of overtime costs.
    public var overtime: Double
    /// Cost per travel minute.
    public var travelTime: Double
    /// Cost per unit of distance.
    public var distance: Double
    /// Weight of technicians' own costs.
    public var technicianCost: Double
    /// Weight of preference bonuses.
    public var preference: Double
    /// Cost of each route used.
    public var route: Double
}
