/// Limits and knobs shared by every strategy.
public struct PlanningOptions: Sendable, Hashable {
    /// Wall-clock limit in seconds; `nil` for none.
    public var timeLimit: Double?
    /// Iteration limit; with a seed it makes runs reproducible.
    public var iterationLimit: Int?
    /// The seed of every random choice.
    public var seed: UInt64
    /// Parallel searches; 1 is reproducible.
    public var threads: Int
    /// k of regret-k insertion.
    public var regretK: Int
    /// Exact solvers log their own progress (to the `fieldplan.glpk` logger).
    public var verbose: Bool

    /// Creates options; the default time limit is 10 s.
    public init(
        timeLimit: Double? = 10, iterationLimit: Int? = nil, seed: UInt64 = 1, threads: Int = 1,
        regretK: Int = 2, verbose: Bool = false
    ) {
        self.timeLimit = timeLimit
        self.iterationLimit = iterationLimit
        self.seed = seed
        self.threads = threads
        self.regretK = regretK
        self.verbose = verbose
    }
}
