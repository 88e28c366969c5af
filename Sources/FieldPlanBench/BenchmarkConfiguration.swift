import FieldPlan

/// What a benchmark runs: strategies, seeds, limits, distance convention and parallelism.
public struct BenchmarkConfiguration: Sendable, Hashable {
    /// Strategy names, as the planner's registry knows them.
    public var strategies: [String]
    /// Seeds; every instance runs once per strategy and seed.
    public var seeds: [UInt64]
    /// Wall-clock limit per run in seconds; `nil` for none (then `iterations` must be set).
    public var timeLimit: Double?
    /// Iteration limit per run; with a seed it makes runs reproducible.
    public var iterations: Int?
    /// The distance convention runs are solved in; gaps are always against DIMACS best-knowns.
    public var convention: DistanceConvention
    /// Overrides every scenario's objective kind (`--objective`).
    public var objectiveKind: ObjectiveSettings.Kind?
    /// Runs in parallel.
    public var jobs: Int
    /// Search threads per run.
    public var threadsPerRun: Int

    /// Creates a configuration; by default one job, one thread, 10 s per run, DIMACS distances.
    public init(
        strategies: [String], seeds: [UInt64] = [1], timeLimit: Double? = 10, iterations: Int? = nil,
        convention: DistanceConvention = .dimacs, objectiveKind: ObjectiveSettings.Kind? = nil,
        jobs: Int = 1, threadsPerRun: Int = 1
    ) {
        self.strategies = strategies
        self.seeds = seeds
        self.timeLimit = timeLimit
        self.iterations = iterations
        self.convention = convention
        self.objectiveKind = objectiveKind
        self.jobs = jobs
        self.threadsPerRun = threadsPerRun
    }

    /// The first problem with the configuration, or `nil` when it can run.
    public var problem: String? {
        if strategies.isEmpty { return "no strategy given" }
        if seeds.isEmpty { return "no seed given" }
        if timeLimit == nil && iterations == nil { return "give a time limit or an iteration limit" }
        if let timeLimit, !(timeLimit > 0 && timeLimit.isFinite) { return "the time limit must be positive" }
        if let iterations, iterations < 1 { return "the iteration limit must be at least 1" }
        if jobs < 1 { return "jobs must be at least 1" }
        if threadsPerRun < 1 { return "threads per run must be at least 1" }
        return nil
    }
}
