import Foundation

/// A support contract's promise: how soon a request must be answered, and what lateness costs.
///
/// `respondWithinHours: 4` promises a start within 4 hours of the request (business hours by
/// default, elapsed hours with `hours: elapsed`); `respondBy: next-business-day` promises a start
/// before the end of the business day after the request's day; `same-business-day` before the end
/// of the request's business day (or the next one when it comes after hours).
public struct ContractTier: Sendable, Hashable {
    /// How the response time is counted.
    public enum Clock: String, Sendable, Hashable, Codable {
        /// Only business hours count.
        case business
        /// Every hour counts.
        case elapsed
    }

    /// A promise stated as a business day.
    public enum Day: String, Sendable, Hashable, Codable {
        /// The end of the request's business day (the next one when the request comes after hours).
        case sameBusinessDay = "same-business-day"
        /// The end of the first business day after the request's day.
        case nextBusinessDay = "next-business-day"
    }

    /// Hours allowed between request and start.
    public var respondWithinHours: Double?
    /// A business-day promise.
    public var respondBy: Day?
    /// How `respondWithinHours` is counted.
    public var hours: Clock
    /// Cost of each minute late.
    public var penaltyPerMinute: Double
    /// A hard promise may not be broken.
    public var hard: Bool
    /// The priority of the tier's visits, when the visit row names none.
    public var priority: Int?
    /// Whether the tier's visits must be served, when the visit row does not say.
    public var mandatory: Bool?

    /// Creates a tier.
    public init(
        respondWithinHours: Double? = nil, respondBy: Day? = nil, hours: Clock = .business,
        penaltyPerMinute: Double = 1, hard: Bool = false, priority: Int? = nil, mandatory: Bool? = nil
    ) {
        self.respondWithinHours = respondWithinHours
        self.respondBy = respondBy
        self.hours = hours
        self.penaltyPerMinute = penaltyPerMinute
        self.hard = hard
        self.priority = priority
        self.mandatory = mandatory
    }

    /// The promised latest start for a request made at `requested`.
    public func deadline(requested: Date, businessHours: BusinessHours) -> Date {
        if let respondBy {
            return businessHours.endOfBusinessDay(
                after: requested, skippingRequestDay: respondBy == .nextBusinessDay)
        }
        let hoursAllowed = respondWithinHours ?? 0
        switch hours {
        case .elapsed: return requested.addingTimeInterval(hoursAllowed * 3600)
        case .business: return businessHours.adding(hours: hoursAllowed, to: requested)
        }
    }
}

extension ContractTier: Decodable {
    private enum CodingKeys: String, CodingKey {
        case respondWithinHours, respondBy, hours, penaltyPerMinute, hard, priority, mandatory
    }

    /// The YAML/JSON keys a tier may have.
    static let keys = ["respondWithinHours", "respondBy", "hours", "penaltyPerMinute", "hard", "priority", "mandatory"]

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            respondWithinHours: try c.decodeIfPresent(Double.self, forKey: .respondWithinHours),
            respondBy: try c.decodeIfPresent(Day.self, forKey: .respondBy),
            hours: try c.decodeIfPresent(Clock.self, forKey: .hours) ?? .business,
            penaltyPerMinute: try c.decodeIfPresent(Double.self, forKey: .penaltyPerMinute) ?? 1,
            hard: try c.decodeIfPresent(Bool.self, forKey: .hard) ?? false,
            priority: try c.decodeIfPresent(Int.self, forKey: .priority),
            mandatory: try c.decodeIfPresent(Bool.self, forKey: .mandatory))
        if respondWithinHours == nil && respondBy == nil {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "a contract tier needs respondWithinHours or respondBy"))
        }
        if let hours = respondWithinHours, !(hours >= 0 && hours.isFinite) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath + [CodingKeys.respondWithinHours],
                debugDescription: "respondWithinHours must be a number ≥ 0"))
        }
        if !(penaltyPerMinute >= 0 && penaltyPerMinute.isFinite) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath + [CodingKeys.penaltyPerMinute],
                debugDescription: "penaltyPerMinute must be a number ≥ 0"))
        }
    }
}
