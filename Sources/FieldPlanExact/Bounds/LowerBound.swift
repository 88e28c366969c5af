/// The outcome of a lower-bound computation, in the scenario's objective units.
public struct LowerBound: Sendable, Hashable, Codable {
    /// A value no plan of the scenario can beat (the plan's `cost`), `nil` when no pricing round
    /// ran in time.
    public var bound: Double?
    /// Column-generation iterations (master LPs solved).
    public var iterations: Int
    /// Routes in the final master problem.
    public var columns: Int
    /// Wall-clock seconds spent.
    public var elapsedSeconds: Double
    /// Whether pricing closed on the last master LP: `bound` is then the value of the master LP
    /// over all routes with the cuts added.
    public var converged: Bool
    /// Subset-row cuts in the final master problem.
    public var cuts: Int
    /// Separation rounds that added cuts.
    public var cutRounds: Int

    /// Creates an outcome.
    public init(
        bound: Double?, iterations: Int, columns: Int, elapsedSeconds: Double, converged: Bool, cuts: Int = 0,
        cutRounds: Int = 0
    ) {
        self.bound = bound
        self.iterations = iterations
        self.columns = columns
        self.elapsedSeconds = elapsedSeconds
        self.converged = converged
        self.cuts = cuts
        self.cutRounds = cutRounds
    }
}
