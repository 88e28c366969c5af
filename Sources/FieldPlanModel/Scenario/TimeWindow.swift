/// An interval in which something must start: a visit's service, a shift, a break.
public struct TimeWindow: Sendable, Hashable, Codable {
    /// The earliest start.
    public var start: TimePoint
    /// The latest start.
    public var end: TimePoint

    /// Creates a window from its two ends.
    public init(start: TimePoint, end: TimePoint) {
        self.start = start
        self.end = end
    }
}
