import FieldPlanModel
import Foundation

/// The dispatcher's planning configuration (`planning.yaml`): time zone, travel, objective,
/// business hours, contract tiers, the search to run and re-planning settings.
///
/// See `docs/dispatch.md` for the format.
public struct PlanningConfig: Sendable, Hashable {
    /// Travel settings: the scenario's model plus vehicle profiles and a matrix file.
    public struct Travel: Sendable, Hashable {
        /// `geographic` (haversine × detour factor at an average speed) or `matrix`.
        public var kind: TravelSettings.Kind
        /// Road distance over great-circle distance.
        public var detourFactor: Double
        /// Average speed in km/h.
        public var speedKmh: Double
        /// Vehicle profiles by name, chosen in the team file's `profile` column.
        public var profiles: [String: TravelProfile]
        /// A duration/distance matrix file (CSV or JSON), relative to the configuration file.
        public var matrixFile: String?

        /// Creates travel settings.
        public init(
            kind: TravelSettings.Kind = .geographic, detourFactor: Double = 1.3, speedKmh: Double = 30,
            profiles: [String: TravelProfile] = [:], matrixFile: String? = nil
        ) {
            self.kind = kind
            self.detourFactor = detourFactor
            self.speedKmh = speedKmh
            self.profiles = profiles
            self.matrixFile = matrixFile
        }
    }

    /// The search to run.
    public struct Search: Sendable, Hashable {
        /// The strategy's name.
        public var strategy: String
        /// Seconds of search.
        public var timeLimit: Double
        /// An iteration limit (reproducible with `seed`).
        public var iterations: Int?
        /// The seed.
        public var seed: UInt64
        /// Parallel searches; every core when absent.
        public var threads: Int?

        /// Creates search settings.
        public init(strategy: String = "lns", timeLimit: Double = 10, iterations: Int? = nil, seed: UInt64 = 1, threads: Int? = nil) {
            self.strategy = strategy
            self.timeLimit = timeLimit
            self.iterations = iterations
            self.seed = seed
            self.threads = threads
        }
    }

    /// A name for reports.
    public var name: String?
    /// The IANA zone of every clock time.
    public var timeZone: String
    /// The skills the company knows; when given, a skill outside it is an error.
    public var skills: [String]?
    /// Travel.
    public var travel: Travel
    /// The objective.
    public var objective: ObjectiveSettings
    /// Business hours for contract deadlines.
    public var businessHours: BusinessHours
    /// Contract tiers by name (the visits file's `contract` column).
    public var contracts: [String: ContractTier]
    /// The search.
    public var search: Search
    /// Re-planning: the cost of moving a visit another technician was told about.
    public var movePenalty: Double

    /// Creates a configuration; the defaults plan in UTC with geographic travel at 30 km/h.
    public init(
        name: String? = nil, timeZone: String = "UTC", skills: [String]? = nil, travel: Travel = Travel(),
        objective: ObjectiveSettings = ObjectiveSettings(), businessHours: BusinessHours? = nil,
        contracts: [String: ContractTier] = [:], search: Search = Search(), movePenalty: Double = 50
    ) {
        self.name = name
        self.timeZone = timeZone
        self.skills = skills
        self.travel = travel
        self.objective = objective
        var hours = businessHours ?? BusinessHours()
        hours.timeZone = TimeZone(identifier: timeZone) ?? hours.timeZone
        self.businessHours = hours
        self.contracts = contracts
        self.search = search
        self.movePenalty = movePenalty
    }

    /// An integer coding key, for paths into lists.
    struct IndexKey: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(_ index: Int) {
            stringValue = "Index \(index)"
            intValue = index
        }
        init?(stringValue: String) { return nil }
        init?(intValue: Int) { self.init(intValue) }
    }
}
