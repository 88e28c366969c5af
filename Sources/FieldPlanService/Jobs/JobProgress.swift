/// How far a running job has got.
public struct JobProgress: Sendable, Codable, Hashable {
    /// Cost of the best plan so far.
    public var bestCost: Double
    /// Seconds since the solve started.
    public var elapsedSeconds: Double
    /// Iterations done.
    public var iteration: Int

    /// Creates a progress value.
    public init(bestCost: Double, elapsedSeconds: Double, iteration: Int) {
        self.bestCost = bestCost
        self.elapsedSeconds = elapsedSeconds
        self.iteration = iteration
    }
}
