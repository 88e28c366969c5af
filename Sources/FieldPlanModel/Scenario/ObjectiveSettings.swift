/// What a plan minimises: a documented weighted sum (see `docs/scenario-format.md`, section `objective`).
///
/// `cost = unassigned·Σ penalty(left out) + lateness·Σ lateMinutes·penaltyPerMinute
///       + overtime·Σ overtimeHours·overtimeCostPerHour + travelTime·Σ travelMinutes
///       + distance·Σ distance + technicianCost·Σ(hours·costPerHour + distance·costPerKm + fixedCost)
///       − preference·Σ preferenceBonus`
public struct ObjectiveSettings: Sendable, Hashable {
    /// The objective's form.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The weighted sum above.
        case weighted
        /// Total distance only, plus penalties for visits left out (the Solomon convention).
        case distance
        /// Fewest routes first, then distance (each route costs `routeCost`).
        case vehiclesThenDistance = "vehicles-then-distance"
    }

    /// The objective's form.
    public var kind: Kind
    /// Weight of the penalties of visits left out.
    public var unassigned: Double
    /// Weight of SLA lateness costs.
    public var lateness: Double
    /// Weight of overtime costs.
    public var overtime: Double
    /// Cost of each minute of travel.
    public var travelTime: Double
    /// Cost of each unit of distance.
    public var distance: Double
    /// Weight of the technicians' own costs (hourly, per km, fixed).
    public var technicianCost: Double
    /// Weight of preferred-technician bonuses.
    public var preference: Double
    /// Penalty for leaving out an optional visit of priority 1 that names no penalty.
    public var visitPenalty: Double
    /// Penalty for leaving out a mandatory visit that names no penalty.
    public var mandatoryPenalty: Double
    /// Default bonus for serving a visit by a preferred technician.
    public var preferenceBonus: Double
    /// Cost of each route used, for `vehicles-then-distance`.
    public var routeCost: Double

    /// Creates objective settings with the documented defaults.
    public init(
        kind: Kind = .weighted, unassigned: Double = 1, lateness: Double = 1, overtime: Double = 1,
        travelTime: Double = 1, distance: Double = 0, technicianCost: Double = 1,
        preference: Double = 1, visitPenalty: Double = 1000, mandatoryPenalty: Double = 1_000_000,
        preferenceBonus: Double = 10, routeCost: Double = 100_000
    ) {
        self.kind = kind
        self.unassigned = unassigned
        self.lateness = lateness
        self.overtime = overtime
        self.travelTime = travelTime
        self.distance = distance
        self.technicianCost = technicianCost
        self.preference = preference
        self.visitPenalty = visitPenalty
        self.mandatoryPenalty = mandatoryPenalty
        self.preferenceBonus = preferenceBonus
        self.routeCost = routeCost
    }
}

extension ObjectiveSettings: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, unassigned, lateness, overtime, travelTime, distance, technicianCost, preference
        case visitPenalty, mandatoryPenalty, preferenceBonus, routeCost
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ObjectiveSettings()
        self.init(
            kind: try c.decodeIfPresent(Kind.self, forKey: .kind) ?? d.kind,
            unassigned: try c.decodeIfPresent(Double.self, forKey: .unassigned) ?? d.unassigned,
            lateness: try c.decodeIfPresent(Double.self, forKey: .lateness) ?? d.lateness,
            overtime: try c.decodeIfPresent(Double.self, forKey: .overtime) ?? d.overtime,
            travelTime: try c.decodeIfPresent(Double.self, forKey: .travelTime) ?? d.travelTime,
            distance: try c.decodeIfPresent(Double.self, forKey: .distance) ?? d.distance,
            technicianCost: try c.decodeIfPresent(Double.self, forKey: .technicianCost) ?? d.technicianCost,
            preference: try c.decodeIfPresent(Double.self, forKey: .preference) ?? d.preference,
            visitPenalty: try c.decodeIfPresent(Double.self, forKey: .visitPenalty) ?? d.visitPenalty,
            mandatoryPenalty: try c.decodeIfPresent(Double.self, forKey: .mandatoryPenalty) ?? d.mandatoryPenalty,
            preferenceBonus: try c.decodeIfPresent(Double.self, forKey: .preferenceBonus) ?? d.preferenceBonus,
            routeCost: try c.decodeIfPresent(Double.self, forKey: .routeCost) ?? d.routeCost)
    }
}
