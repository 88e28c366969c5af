/// What it would take one technician to serve a visit in the plan as it stands: the cheapest
/// feasible insertion into their route, or why there is none.
///
/// Computed by real insertion checks against the final plan's routes (times, windows, breaks,
/// shift and overtime limits, capacity), not estimated.
public struct InsertionOption: Sendable, Hashable {
    /// The technician's id.
    public var technician: String
    /// Why the technician cannot take the visit; `nil` when they can.
    public var obstacle: String?
    /// The visit after which it would go; `nil` for the first stop (or when infeasible).
    public var after: String?
    /// Its start of service there (minutes since the origin), when feasible.
    public var start: Double?
    /// The change of the plan's objective, penalty of leaving it out not included.
    public var extraCost: Double?
    /// Extra minutes of travel.
    public var extraTravelMinutes: Double?
    /// Extra distance, in the plan's distance units.
    public var extraDistance: Double?
    /// Extra minutes past the shift end.
    public var extraOvertime: Double?

    /// Whether the technician could take the visit.
    public var isFeasible: Bool { obstacle == nil }

    /// An option the technician cannot take, with the reason.
    public static func impossible(technician: String, because obstacle: String) -> InsertionOption {
        InsertionOption(technician: technician, obstacle: obstacle)
    }

    /// Creates an option; give an `obstacle` for an impossible one, the figures for a feasible one.
    public init(
        technician: String, obstacle: String? = nil, after: String? = nil, start: Double? = nil,
        extraCost: Double? = nil, extraTravelMinutes: Double? = nil, extraDistance: Double? = nil,
        extraOvertime: Double? = nil
    ) {
        self.technician = technician
        self.obstacle = obstacle
        self.after = after
        self.start = start
        self.extraCost = extraCost
        self.extraTravelMinutes = extraTravelMinutes
        self.extraDistance = extraDistance
        self.extraOvertime = extraOvertime
    }
}
