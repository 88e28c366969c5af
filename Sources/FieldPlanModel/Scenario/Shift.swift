/// A technician's working day: when the route may leave home at the earliest and must be back.
public struct Shift: Sendable, Hashable, Codable {
    /// The earliest departure from the start location.
    public var start: TimePoint
    /// The latest return to the end location without overtime.
    public var end: TimePoint

    /// Creates a shift.
    public init(start: TimePoint, end: TimePoint) {
        self.start = start
        self.end = end
    }
}
