/// A service-level agreement on a visit: the latest start the contract promises.
public struct ServiceLevel: Sendable, Hashable {
    /// The latest start the contract promises.
    public var deadline: TimePoint
    /// A hard deadline may not be missed; a soft one costs `penaltyPerMinute` per minute late.
    public var hard: Bool
    /// Cost of each minute the service starts after the deadline (soft deadlines).
    public var penaltyPerMinute: Double

    /// Creates a service level.
    public init(deadline: TimePoint, hard: Bool = false, penaltyPerMinute: Double = 1) {
        self.deadline = deadline
        self.hard = hard
        self.penaltyPerMinute = penaltyPerMinute
    }
}

extension ServiceLevel: Codable {
    private enum CodingKeys: String, CodingKey { case deadline, hard, penaltyPerMinute }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            deadline: try c.decode(TimePoint.self, forKey: .deadline),
            hard: try c.decodeIfPresent(Bool.self, forKey: .hard) ?? false,
            penaltyPerMinute: try c.decodeIfPresent(Double.self, forKey: .penaltyPerMinute) ?? 1)
    }
}
