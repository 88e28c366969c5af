import Foundation

/// Distance and base travel time between two locations of a scenario.
///
/// The one travel computation shared by the compiler of ``Problem`` and by the plan validator.
/// Times are in minutes before a technician's `speedFactor` is applied.
public struct TravelCalculator: Sendable {
    /// The scenario's travel settings.
    public let settings: TravelSettings
    /// The rounding convention for computed distances.
    public let convention: DistanceConvention

    /// Creates a calculator.
    public init(settings: TravelSettings, convention: DistanceConvention) {
        self.settings = settings
        self.convention = convention
    }

    /// The distance from `a` to `b` in the scenario's units (km for geographic travel).
    /// Returns `nil` when the location does not fit the travel kind.
    public func distance(from a: Location, to b: Location) -> Double? {
        switch (settings.kind, a, b) {
        case (.euclidean, .planar(let x1, let y1), .planar(let x2, let y2)):
            let dx = x1 - x2, dy = y1 - y2
            return convention.apply((dx * dx + dy * dy).squareRoot())
        case (.geographic, .geographic(let lat1, let lon1), .geographic(let lat2, let lon2)):
            let km = Self.haversineKilometres(lat1, lon1, lat2, lon2) * settings.detourFactor
            return convention.apply(km)
        case (.matrix, .matrixIndex(let i), .matrixIndex(let j)):
            guard let matrix = settings.matrix, i >= 0, j >= 0,
                  i < matrix.durations.count, j < matrix.durations.count else { return nil }
            guard let distances = matrix.distances else { return 0 }
            guard i < distances.count, j < distances[i].count else { return nil }
            return distances[i][j]
        default:
            return nil
        }
    }

    /// The base travel time in minutes from `a` to `b`; `nil` when the location does not fit.
    public func minutes(from a: Location, to b: Location) -> Double? {
        switch (settings.kind, a, b) {
        case (.euclidean, .planar, .planar):
            return distance(from: a, to: b).map { $0 * settings.minutesPerUnit }
        case (.geographic, .geographic, .geographic):
            return distance(from: a, to: b).map { $0 / settings.speedKmh * 60 }
        case (.matrix, .matrixIndex(let i), .matrixIndex(let j)):
            guard let matrix = settings.matrix, i >= 0, j >= 0, i < matrix.durations.count,
                  j < matrix.durations[i].count else { return nil }
            return matrix.durations[i][j]
        default:
            return nil
        }
    }

    /// Great-circle distance in km on a sphere of radius 6371 km.
    public static func haversineKilometres(
        _ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double
    ) -> Double {
        let toRadians = Double.pi / 180
        let dLat = (lat2 - lat1) * toRadians, dLon = (lon2 - lon1) * toRadians
        let h = sin(dLat / 2) * sin(dLat / 2)
            + cos(lat1 * toRadians) * cos(lat2 * toRadians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371 * asin(min(1, h.squareRoot()))
    }
}
