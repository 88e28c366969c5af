/// How distances computed from coordinates are rounded.
public enum DistanceConvention: String, Sendable, Hashable, Codable, CaseIterable {
    /// Exact distances in double precision.
    case exact
    /// Each arc truncated to one decimal, `floor(10·d)/10`, travel time the same: the convention
    /// of the published Solomon best-known values (DIMACS / CVRPLIB).
    case dimacs

    /// Applies the convention to one arc's distance.
    @inlinable
    public func apply(_ distance: Double) -> Double {
        switch self {
        case .exact: distance
        case .dimacs: (distance * 10 + 1e-9).rounded(.down) / 10
        }
    }
}
