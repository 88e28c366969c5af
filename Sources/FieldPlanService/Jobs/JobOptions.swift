/// The options of a planning job, as accepted (time limit already capped).
public struct JobOptions: Sendable, Codable, Hashable {
    /// The strategy's name.
    public var strategy: String
    /// Wall-clock limit in seconds.
    public var timeLimit: Double
    /// Iteration limit; with the seed it makes the plan reproducible.
    public var iterations: Int?
    /// The seed of every random choice.
    public var seed: UInt64
    /// Seconds for a column-generation lower bound computed after the search; `nil`: no bound.
    public var boundTimeLimit: Double?

    /// Creates options.
    public init(
        strategy: String = "lns", timeLimit: Double = 10, iterations: Int? = nil, seed: UInt64 = 1,
        boundTimeLimit: Double? = nil
    ) {
        self.strategy = strategy
        self.timeLimit = timeLimit
        self.iterations = iterations
        self.seed = seed
        self.boundTimeLimit = boundTimeLimit
    }
}
