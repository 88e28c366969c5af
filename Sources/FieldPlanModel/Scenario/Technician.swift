/// A person who serves visits: skills, home base, shift, breaks, limits and costs.
public struct Technician: Sendable, Hashable {
    /// The technician's unique id.
    public var id: String
    /// A display name.
    public var name: String?
    /// Skills and their levels, e.g. `["gas": 2, "electrical": 1]`.
    public var skills: [String: Int]
    /// Where the route starts.
    public var start: Location
    /// Where the route ends; `nil` means back at `start` unless `openEnd` is set.
    public var end: Location?
    /// The route ends at the last visit (no travel home counted).
    public var openEnd: Bool
    /// The working day.
    public var shift: Shift
    /// Breaks the technician must take.
    public var breaks: [Break]
    /// The longest route (end minus start) in minutes, overtime included.
    public var maxWorkingTime: Double?
    /// Minutes the route may run past the shift end.
    public var allowedOvertime: Double
    /// Cost of each hour past the shift end.
    public var overtimeCostPerHour: Double
    /// Cost of each hour of the route (end minus start).
    public var costPerHour: Double
    /// Cost of each unit of distance (km for geographic travel).
    public var costPerKm: Double
    /// Cost of using this technician at all.
    public var fixedCost: Double
    /// Multiplies every visit's standard duration (0.8: the job takes 80 % of the standard time).
    public var workDurationFactor: Double
    /// Divides travel times (2: twice as fast as the scenario's base speed).
    public var speedFactor: Double
    /// The most visits in one route.
    public var maxVisits: Int?
    /// The most parts (sum of visit demands) the technician can carry.
    public var capacity: Double?

    /// Creates a technician; every limit and cost not given takes its neutral default.
    public init(
        id: String, name: String? = nil, skills: [String: Int] = [:], start: Location,
        end: Location? = nil, openEnd: Bool = false, shift: Shift, breaks: [Break] = [],
        maxWorkingTime: Double? = nil, allowedOvertime: Double = 0, overtimeCostPerHour: Double = 0,
        costPerHour: Double = 0, costPerKm: Double = 0, fixedCost: Double = 0,
        workDurationFactor: Double = 1, speedFactor: Double = 1, maxVisits: Int? = nil,
        capacity: Double? = nil
    ) {
        self.id = id
        self.name = name
        self.skills = skills
        self.start = start
        self.end = end
        self.openEnd = openEnd
        self.shift = shift
        self.breaks = breaks
        self.maxWorkingTime = maxWorkingTime
        self.allowedOvertime = allowedOvertime
        self.overtimeCostPerHour = overtimeCostPerHour
        self.costPerHour = costPerHour
        self.costPerKm = costPerKm
        self.fixedCost = fixedCost
        self.workDurationFactor = workDurationFactor
        self.speedFactor = speedFactor
        self.maxVisits = maxVisits
        self.capacity = capacity
    }
}

extension Technician: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, name, skills, start, end, openEnd, shift, breaks, maxWorkingTime, allowedOvertime
        case overtimeCostPerHour, costPerHour, costPerKm, fixedCost, workDurationFactor, speedFactor
        case maxVisits, capacity
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            name: try c.decodeIfPresent(String.self, forKey: .name),
            skills: try c.decodeIfPresent([String: Int].self, forKey: .skills) ?? [:],
            start: try c.decode(Location.self, forKey: .start),
            end: try c.decodeIfPresent(Location.self, forKey: .end),
            openEnd: try c.decodeIfPresent(Bool.self, forKey: .openEnd) ?? false,
            shift: try c.decode(Shift.self, forKey: .shift),
            breaks: try c.decodeIfPresent([Break].self, forKey: .breaks) ?? [],
            maxWorkingTime: try c.decodeIfPresent(Double.self, forKey: .maxWorkingTime),
            allowedOvertime: try c.decodeIfPresent(Double.self, forKey: .allowedOvertime) ?? 0,
            overtimeCostPerHour: try c.decodeIfPresent(Double.self, forKey: .overtimeCostPerHour) ?? 0,
            costPerHour: try c.decodeIfPresent(Double.self, forKey: .costPerHour) ?? 0,
            costPerKm: try c.decodeIfPresent(Double.self, forKey: .costPerKm) ?? 0,
            fixedCost: try c.decodeIfPresent(Double.self, forKey: .fixedCost) ?? 0,
            workDurationFactor: try c.decodeIfPresent(Double.self, forKey: .workDurationFactor) ?? 1,
            speedFactor: try c.decodeIfPresent(Double.self, forKey: .speedFactor) ?? 1,
            maxVisits: try c.decodeIfPresent(Int.self, forKey: .maxVisits),
            capacity: try c.decodeIfPresent(Double.self, forKey: .capacity))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(name, forKey: .name)
        if !skills.isEmpty { try c.encode(skills, forKey: .skills) }
        try c.encode(start, forKey: .start)
        try c.encodeIfPresent(end, forKey: .end)
        if openEnd { try c.encode(openEnd, forKey: .openEnd) }
        try c.encode(shift, forKey: .shift)
        if !breaks.isEmpty { try c.encode(breaks, forKey: .breaks) }
        try c.encodeIfPresent(maxWorkingTime, forKey: .maxWorkingTime)
        if allowedOvertime != 0 { try c.encode(allowedOvertime, forKey: .allowedOvertime) }
        if overtimeCostPerHour != 0 { try c.encode(overtimeCostPerHour, forKey: .overtimeCostPerHour) }
        if costPerHour != 0 { try c.encode(costPerHour, forKey: .costPerHour) }
        if costPerKm != 0 { try c.encode(costPerKm, forKey: .costPerKm) }
        if fixedCost != 0 { try c.encode(fixedCost, forKey: .fixedCost) }
        if workDurationFactor != 1 { try c.encode(workDurationFactor, forKey: .workDurationFactor) }
        if speedFactor != 1 { try c.encode(speedFactor, forKey: .speedFactor) }
        try c.encodeIfPresent(maxVisits, forKey: .maxVisits)
        try c.encodeIfPresent(capacity, forKey: .capacity)
    }
}
