/// A job at a customer's: where, how long, which skills, when, and how much it matters.
public struct Visit: Sendable, Hashable {
    /// The visit's unique id.
    public var id: String
    /// The customer's name, for reports.
    public var customer: String?
    /// A postal address, for reports and calendars.
    public var address: String?
    /// Where the visit takes place.
    public var location: Location
    /// Standard duration in minutes (a technician's `workDurationFactor` scales it).
    public var duration: Double
    /// Required skills with their minimum levels.
    public var skills: [String: Int]
    /// Windows in which the service must start; empty means any time in the shift.
    public var timeWindows: [TimeWindow]
    /// The contract's latest start, hard or soft.
    public var sla: ServiceLevel?
    /// Importance: scales the default penalty for leaving the visit out.
    public var priority: Int
    /// A mandatory visit must be served; a plan that leaves one out is not a complete answer.
    public var mandatory: Bool
    /// Cost of leaving the visit out; by default the objective's `visitPenalty` times priority.
    public var penalty: Double?
    /// Technicians the customer prefers; serving by one of them earns `preferenceBonus`.
    public var preferredTechnicians: [String]
    /// Bonus for a preferred technician; by default the objective's `preferenceBonus`.
    public var preferenceBonus: Double?
    /// Technicians who may not serve this visit.
    public var excludedTechnicians: [String]
    /// The only technician who may serve this visit.
    public var pinnedTechnician: String?
    /// The exact start the visit is pinned to.
    public var pinnedStart: TimePoint?
    /// The earlier visit this one follows.
    public var followUp: FollowUp?
    /// Parts needed, counted against the technician's capacity.
    public var demand: Double

    /// Creates a visit; everything not given takes its neutral default.
    public init(
        id: String, customer: String? = nil, address: String? = nil, location: Location,
        duration: Double, skills: [String: Int] = [:], timeWindows: [TimeWindow] = [],
        sla: ServiceLevel? = nil, priority: Int = 1, mandatory: Bool = false, penalty: Double? = nil,
        preferredTechnicians: [String] = [], preferenceBonus: Double? = nil,
        excludedTechnicians: [String] = [], pinnedTechnician: String? = nil,
        pinnedStart: TimePoint? = nil, followUp: FollowUp? = nil, demand: Double = 0
    ) {
        self.id = id
        self.customer = customer
        self.address = address
        self.location = location
        self.duration = duration
        self.skills = skills
        self.timeWindows = timeWindows
        self.sla = sla
        self.priority = priority
        self.mandatory = mandatory
        self.penalty = penalty
        self.preferredTechnicians = preferredTechnicians
        self.preferenceBonus = preferenceBonus
        self.excludedTechnicians = excludedTechnicians
        self.pinnedTechnician = pinnedTechnician
        self.pinnedStart = pinnedStart
        self.followUp = followUp
        self.demand = demand
    }
}

extension Visit: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, customer, address, location, duration, skills, timeWindows, sla, priority
        case mandatory, penalty, preferredTechnicians, preferenceBonus, excludedTechnicians
        case pinnedTechnician, pinnedStart, followUp, demand
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            customer: try c.decodeIfPresent(String.self, forKey: .customer),
            address: try c.decodeIfPresent(String.self, forKey: .address),
            location: try c.decode(Location.self, forKey: .location),
            duration: try c.decode(Double.self, forKey: .duration),
            skills: try c.decodeIfPresent([String: Int].self, forKey: .skills) ?? [:],
            timeWindows: try c.decodeIfPresent([TimeWindow].self, forKey: .timeWindows) ?? [],
            sla: try c.decodeIfPresent(ServiceLevel.self, forKey: .sla),
            priority: try c.decodeIfPresent(Int.self, forKey: .priority) ?? 1,
            mandatory: try c.decodeIfPresent(Bool.self, forKey: .mandatory) ?? false,
            penalty: try c.decodeIfPresent(Double.self, forKey: .penalty),
            preferredTechnicians: try c.decodeIfPresent([String].self, forKey: .preferredTechnicians) ?? [],
            preferenceBonus: try c.decodeIfPresent(Double.self, forKey: .preferenceBonus),
            excludedTechnicians: try c.decodeIfPresent([String].self, forKey: .excludedTechnicians) ?? [],
            pinnedTechnician: try c.decodeIfPresent(String.self, forKey: .pinnedTechnician),
            pinnedStart: try c.decodeIfPresent(TimePoint.self, forKey: .pinnedStart),
            followUp: try c.decodeIfPresent(FollowUp.self, forKey: .followUp),
            demand: try c.decodeIfPresent(Double.self, forKey: .demand) ?? 0)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(customer, forKey: .customer)
        try c.encodeIfPresent(address, forKey: .address)
        try c.encode(location, forKey: .location)
        try c.encode(duration, forKey: .duration)
        if !skills.isEmpty { try c.encode(skills, forKey: .skills) }
        if !timeWindows.isEmpty { try c.encode(timeWindows, forKey: .timeWindows) }
        try c.encodeIfPresent(sla, forKey: .sla)
        if priority != 1 { try c.encode(priority, forKey: .priority) }
        if mandatory { try c.encode(mandatory, forKey: .mandatory) }
        try c.encodeIfPresent(penalty, forKey: .penalty)
        if !preferredTechnicians.isEmpty { try c.encode(preferredTechnicians, forKey: .preferredTechnicians) }
        try c.encodeIfPresent(preferenceBonus, forKey: .preferenceBonus)
        if !excludedTechnicians.isEmpty { try c.encode(excludedTechnicians, forKey: .excludedTechnicians) }
        try c.encodeIfPresent(pinnedTechnician, forKey: .pinnedTechnician)
        try c.encodeIfPresent(pinnedStart, forKey: .pinnedStart)
        try c.encodeIfPresent(followUp, forKey: .followUp)
        if demand != 0 { try c.encode(demand, forKey: .demand) }
    }
}
