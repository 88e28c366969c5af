/// A break a technician must take, starting inside a window (a lunch break, say).
///
/// The break is owed when the route is still running at the window's earliest start; it is taken
/// between two visits (or before the first, or after the last), where the technician happens to be.
public struct Break: Sendable, Hashable, Codable {
    /// The break's length in minutes.
    public var duration: Double
    /// The earliest start of the break.
    public var earliestStart: TimePoint
    /// The latest start of the break.
    public var latestStart: TimePoint

    /// Creates a break.
    public init(duration: Double, earliestStart: TimePoint, latestStart: TimePoint) {
        self.duration = duration
        self.earliestStart = earliestStart
        self.latestStart = latestStart
    }
}
