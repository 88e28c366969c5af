/// How travel between locations is measured in a scenario.
public struct TravelSettings: Sendable, Hashable {
    /// The kind of travel model.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Straight-line distance in the plane; travel minutes = distance × `minutesPerUnit`.
        case euclidean
        /// Great-circle distance in km × `detourFactor`, driven at `speedKmh`.
        case geographic
        /// Durations (minutes) and distances given in `matrix`, indexed by location `index`.
        case matrix
    }

    /// The kind of travel model.
    public var kind: Kind
    /// Road distance over great-circle distance (geographic travel).
    public var detourFactor: Double
    /// Average speed in km/h (geographic travel).
    public var speedKmh: Double
    /// Minutes per unit of distance (Euclidean travel).
    public var minutesPerUnit: Double
    /// The matrices (matrix travel).
    public var matrix: TravelMatrix?

    /// Creates travel settings.
    public init(
        kind: Kind = .euclidean, detourFactor: Double = 1.3, speedKmh: Double = 40,
        minutesPerUnit: Double = 1, matrix: TravelMatrix? = nil
    ) {
        self.kind = kind
        self.detourFactor = detourFactor
        self.speedKmh = speedKmh
        self.minutesPerUnit = minutesPerUnit
        self.matrix = matrix
    }
}

extension TravelSettings: Codable {
    private enum CodingKeys: String, CodingKey { case kind, detourFactor, speedKmh, minutesPerUnit, matrix }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .euclidean,
            detourFactor: try c.decodeIfPresent(Double.self, forKey: .detourFactor) ?? 1.3,
            speedKmh: try c.decodeIfPresent(Double.self, forKey: .speedKmh) ?? 40,
            minutesPerUnit: try c.decodeIfPresent(Double.self, forKey: .minutesPerUnit) ?? 1,
            matrix: try c.decodeIfPresent(TravelMatrix.self, forKey: .matrix))
    }
}

/// Travel durations in minutes, and optionally distances, between indexed locations.
public struct TravelMatrix: Sendable, Hashable, Codable {
    /// `durations[i][j]`: minutes from location i to location j.
    public var durations: [[Double]]
    /// `distances[i][j]`: distance from i to j; zero distances when absent.
    public var distances: [[Double]]?

    /// Creates a matrix.
    public init(durations: [[Double]], distances: [[Double]]? = nil) {
        self.durations = durations
        self.distances = distances
    }
}
