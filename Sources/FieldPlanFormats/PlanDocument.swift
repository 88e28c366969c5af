import FieldPlanModel

/// The plan JSON contract as Codable values, shared by ``PlanWriter`` and ``PlanReader``.
///
/// Enumerations (stop type, reason code, status, convention) are plain text here so that the
/// reader can report an unknown value with its path and the accepted values.
struct PlanDocument: Codable {
    /// A time: minutes for undated scenarios, ISO 8601 text with offset for dated ones.
    enum Time: Codable, Equatable {
        /// Minutes since the scenario's origin.
        case minutes(Double)
        /// An ISO 8601 date-time with offset.
        case text(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .minutes(number)
            } else if let text = try? container.decode(String.self) {
                self = .text(text)
            } else {
                throw DecodingError.typeMismatch(Time.self, .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "expected a time: minutes, or an ISO 8601 date-time with offset"))
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .minutes(let value): try container.encode(value)
            case .text(let text): try container.encode(text)
            }
        }
    }

    /// One route.
    struct RouteEntry: Codable {
        var technician: String
        var start: Time
        var end: Time
        var stops: [StopEntry]
        var summary: RouteSummaryEntry?
    }

    /// One route's totals.
    struct RouteSummaryEntry: Codable {
        var visits: Int
        var distance: Double
        var travelTime: Double
        var waiting: Double
        var lateness: Double
        var overtime: Double
        var cost: Double
    }

    /// One stop: a visit (with `visit` and `waiting`) or a break.
    struct StopEntry: Codable {
        var type: String
        var visit: String?
        var arrival: Time
        var start: Time
        var end: Time
        var waiting: Double?
    }

    /// A visit left out.
    struct LeftOutEntry: Codable {
        var visit: String
        var reasons: [ReasonEntry]
        var penalty: Double?
        var options: [OptionEntry]?
    }

    /// One technician's cheapest insertion of a left-out visit, or why they cannot take it.
    struct OptionEntry: Codable {
        var technician: String
        var obstacle: String?
        var after: String?
        var start: Time?
        var extraCost: Double?
        var extraTravelMinutes: Double?
        var extraDistance: Double?
        var extraOvertime: Double?
    }

    /// A visit served after its soft SLA deadline.
    struct LateEntry: Codable {
        var visit: String
        var technician: String
        var deadline: Time
        var start: Time
        var minutesLate: Double
        var earliestStart: Time
        var reason: String
    }

    /// A reason a visit is left out.
    struct ReasonEntry: Codable {
        var code: String
        var message: String
    }

    /// The plan's summary.
    struct SummaryEntry: Codable {
        var distance: Double
        var travelTime: Double
        var routes: Int
        var assigned: Int
        var unassigned: Int
        var lateness: Double
        var overtime: Double
        var cost: Double
        var status: String
        var bound: Double?
        var gap: Double?
        var strategy: String
        var seed: UInt64
        var elapsedSeconds: Double
        var distanceConvention: String
    }

    /// The routes.
    var routes: [RouteEntry]
    /// The visits left out.
    var unassigned: [LeftOutEntry]
    /// The summary.
    var summary: SummaryEntry
    /// Visits served late, with why; absent when none.
    var lateVisits: [LateEntry]?
    /// The scenario the plan answers, embedded so the plan can be explained on its own.
    var scenario: Scenario?
    /// The scenario file, relative to the plan file's folder, when it is named instead of embedded.
    var scenarioFile: String?

    /// How non-finite numbers (an infinite cost, say) are written, since JSON has none.
    static let nonFinite = (positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
}
