/// A point of a run's convergence trace: the best cost known at a time.
public struct TracePoint: Sendable, Hashable {
    /// Seconds since the run started.
    public var elapsedSeconds: Double
    /// The best objective value so far.
    public var bestCost: Double

    /// Creates a trace point.
    public init(elapsedSeconds: Double, bestCost: Double) {
        self.elapsedSeconds = elapsedSeconds
        self.bestCost = bestCost
    }
}
