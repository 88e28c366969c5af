/// A published best-known solution value of an instance.
public struct BestKnownValue: Sendable, Hashable {
    /// Routes of the best-known solution, when given.
    public var vehicles: Int?
    /// Its total distance, in the DIMACS convention for the Solomon set.
    public var distance: Double

    /// Creates a best-known value.
    public init(vehicles: Int?, distance: Double) {
        self.vehicles = vehicles
        self.distance = distance
    }
}
