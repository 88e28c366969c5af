/// A planning problem as the user wrote it: technicians, visits, travel and objective.
///
/// Ids are the user's strings. ``Problem`` is the validated, index-based form the strategies use.
public struct Scenario: Sendable, Hashable {
    /// A name for reports.
    public var name: String?
    /// The plan date (`YYYY-MM-DD`); without it times are plain minutes.
    public var date: String?
    /// The IANA time zone of clock times (`Europe/Berlin`); UTC when absent.
    public var timeZone: String?
    /// Skills the scenario knows; every skill a visit or technician names must be one of them.
    /// When absent, the skills technicians have are the known ones.
    public var skills: [String]?
    /// How travel is measured.
    public var travel: TravelSettings
    /// What the plan minimises.
    public var objective: ObjectiveSettings
    /// The people.
    public var technicians: [Technician]
    /// The jobs.
    public var visits: [Visit]

    /// Creates a scenario.
    public init(
        name: String? = nil, date: String? = nil, timeZone: String? = nil, skills: [String]? = nil,
        travel: TravelSettings = TravelSettings(), objective: ObjectiveSettings = ObjectiveSettings(),
        technicians: [Technician], visits: [Visit]
    ) {
        self.name = name
        self.date = date
        self.timeZone = timeZone
        self.skills = skills
        self.travel = travel
        self.objective = objective
        self.technicians = technicians
        self.visits = visits
    }
}

extension Scenario: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, date, timeZone, skills, travel, objective, technicians, visits
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try c.decodeIfPresent(String.self, forKey: .name),
            date: try c.decodeIfPresent(String.self, forKey: .date),
            timeZone: try c.decodeIfPresent(String.self, forKey: .timeZone),
            skills: try c.decodeIfPresent([String].self, forKey: .skills),
            travel: try c.decodeIfPresent(TravelSettings.self, forKey: .travel) ?? TravelSettings(),
            objective: try c.decodeIfPresent(ObjectiveSettings.self, forKey: .objective) ?? ObjectiveSettings(),
            technicians: try c.decode([Technician].self, forKey: .technicians),
            visits: try c.decode([Visit].self, forKey: .visits))
    }
}
