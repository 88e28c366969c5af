/// How one kind of vehicle travels (a van, a bike): a speed factor and, optionally, its cost per km.
public struct TravelProfile: Sendable, Hashable {
    /// Divides travel times (0.6: a bike takes 1/0.6 times as long as the base speed).
    public var speedFactor: Double
    /// Cost per km, when the profile sets it (a technician's own column wins).
    public var costPerKm: Double?

    /// Creates a profile.
    public init(speedFactor: Double = 1, costPerKm: Double? = nil) {
        self.speedFactor = speedFactor
        self.costPerKm = costPerKm
    }
}

extension TravelProfile: Decodable {
    private enum CodingKeys: String, CodingKey { case speedFactor, costPerKm }

    /// The YAML/JSON keys a profile may have.
    static let keys = ["speedFactor", "costPerKm"]

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            speedFactor: try c.decodeIfPresent(Double.self, forKey: .speedFactor) ?? 1,
            costPerKm: try c.decodeIfPresent(Double.self, forKey: .costPerKm))
        guard speedFactor > 0, speedFactor.isFinite else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath + [CodingKeys.speedFactor], debugDescription: "speedFactor must be more than 0"))
        }
    }
}
