import FieldPlanModel
import Foundation

extension PlanningConfig: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name, timeZone, skills, travel, objective, businessHours, contracts, search, replanning
    }

    private enum TravelKeys: String, CodingKey { case kind, detourFactor, speedKmh, profiles, matrixFile }
    private enum SearchKeys: String, CodingKey { case strategy, timeLimit, iterations, seed, threads }
    private enum ReplanningKeys: String, CodingKey { case movePenalty }

    /// The keys every object of the configuration may have, by path pattern (`*` for map entries).
    static let schema: [String: [String]] = [
        "": ["name", "timeZone", "skills", "travel", "objective", "businessHours", "contracts", "search", "replanning"],
        "travel": ["kind", "detourFactor", "speedKmh", "profiles", "matrixFile"],
        "travel.profiles.*": TravelProfile.keys,
        "objective": [
            "kind", "unassigned", "lateness", "overtime", "travelTime", "distance", "technicianCost",
            "preference", "visitPenalty", "mandatoryPenalty", "preferenceBonus", "routeCost",
        ],
        "businessHours": BusinessHours.keys,
        "contracts.*": ContractTier.keys,
        "search": ["strategy", "timeLimit", "iterations", "seed", "threads"],
        "replanning": ["movePenalty"],
    ]

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let zone = try c.decodeIfPresent(String.self, forKey: .timeZone) ?? "UTC"
        if TimeZone(identifier: zone) == nil {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [CodingKeys.timeZone], debugDescription: "\"\(zone)\" is not an IANA time zone (e.g. Europe/Berlin)"))
        }
        var travel = Travel()
        if c.contains(.travel) {
            let t = try c.nestedContainer(keyedBy: TravelKeys.self, forKey: .travel)
            travel.kind = try t.decodeIfPresent(TravelSettings.Kind.self, forKey: .kind) ?? travel.kind
            travel.detourFactor = try t.decodeIfPresent(Double.self, forKey: .detourFactor) ?? travel.detourFactor
            travel.speedKmh = try t.decodeIfPresent(Double.self, forKey: .speedKmh) ?? travel.speedKmh
            travel.profiles = try t.decodeIfPresent([String: TravelProfile].self, forKey: .profiles) ?? [:]
            travel.matrixFile = try t.decodeIfPresent(String.self, forKey: .matrixFile)
            if travel.kind == .euclidean {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: [CodingKeys.travel, TravelKeys.kind],
                    debugDescription: "travel kind must be geographic or matrix for dispatch files"))
            }
            if travel.kind == .matrix, travel.matrixFile == nil {
                throw DecodingError.keyNotFound(TravelKeys.matrixFile, .init(
                    codingPath: [CodingKeys.travel], debugDescription: "matrix travel needs matrixFile"))
            }
        }
        var search = Search()
        if c.contains(.search) {
            let s = try c.nestedContainer(keyedBy: SearchKeys.self, forKey: .search)
            search.strategy = try s.decodeIfPresent(String.self, forKey: .strategy) ?? search.strategy
            search.timeLimit = try s.decodeIfPresent(Double.self, forKey: .timeLimit) ?? search.timeLimit
            search.iterations = try s.decodeIfPresent(Int.self, forKey: .iterations)
            search.seed = try s.decodeIfPresent(UInt64.self, forKey: .seed) ?? search.seed
            search.threads = try s.decodeIfPresent(Int.self, forKey: .threads)
        }
        var movePenalty = 50.0
        if c.contains(.replanning) {
            let r = try c.nestedContainer(keyedBy: ReplanningKeys.self, forKey: .replanning)
            movePenalty = try r.decodeIfPresent(Double.self, forKey: .movePenalty) ?? movePenalty
        }
        self.init(
            name: try c.decodeIfPresent(String.self, forKey: .name),
            timeZone: zone,
            skills: try c.decodeIfPresent([String].self, forKey: .skills),
            travel: travel,
            objective: try c.decodeIfPresent(ObjectiveSettings.self, forKey: .objective) ?? ObjectiveSettings(),
            businessHours: try c.decodeIfPresent(BusinessHours.self, forKey: .businessHours),
            contracts: try c.decodeIfPresent([String: ContractTier].self, forKey: .contracts) ?? [:],
            search: search, movePenalty: movePenalty)
    }
}
