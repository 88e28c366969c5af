/// Where a visit takes place or a technician starts and ends.
///
/// JSON: `{"x": 1, "y": 2}` (plane), `{"lat": 52.5, "lon": 13.4}` (geographic) or
/// `{"index": 3}` (a row of the scenario's travel matrix).
public enum Location: Sendable, Hashable {
    /// A point in the plane, for Euclidean travel.
    case planar(x: Double, y: Double)
    /// Latitude and longitude in degrees, for geographic travel.
    case geographic(latitude: Double, longitude: Double)
    /// A row/column of the scenario's travel matrix.
    case matrixIndex(Int)
}

extension Location: Codable {
    private enum CodingKeys: String, CodingKey { case x, y, lat, lon, index }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let index = try container.decodeIfPresent(Int.self, forKey: .index) {
            self = .matrixIndex(index)
        } else if container.contains(.lat) || container.contains(.lon) {
            self = .geographic(
                latitude: try container.decode(Double.self, forKey: .lat),
                longitude: try container.decode(Double.self, forKey: .lon))
        } else if container.contains(.x) || container.contains(.y) {
            self = .planar(
                x: try container.decode(Double.self, forKey: .x),
                y: try container.decode(Double.self, forKey: .y))
        } else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "a location needs \"x\" and \"y\", \"lat\" and \"lon\", or \"index\""))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .planar(let x, let y):
            try container.encode(x, forKey: .x)
            try container.encode(y, forKey: .y)
        case .geographic(let latitude, let longitude):
            try container.encode(latitude, forKey: .lat)
            try container.encode(longitude, forKey: .lon)
        case .matrixIndex(let index):
            try container.encode(index, forKey: .index)
        }
    }
}
