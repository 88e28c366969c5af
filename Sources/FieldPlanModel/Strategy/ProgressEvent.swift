/// A step of a running strategy, for progress displays.
public struct ProgressEvent: Sendable, Hashable {
    /// Seconds since the run started.
    public var elapsedSeconds: Double
    /// Iterations done.
    public var iteration: Int
    /// Cost of the best plan so far.
    public var bestCost: Double
    /// What the strategy is doing.
    public var phase: String

    /// Creates an event.
    public init(elapsedSeconds: Double, iteration: Int, bestCost: Double, phase: String) {
        self.elapsedSeconds = elapsedSeconds
        self.iteration = iteration
        self.bestCost = bestCost
        self.phase = phase
    }
}
