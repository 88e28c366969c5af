import FieldPlan

/// The outcome of one run: one instance, one strategy, one seed.
///
/// A run whose plan the validator rejects is `valid == false`: it is counted and listed, but its
/// gap never enters a mean. The gap compares the plan's distance recomputed in the DIMACS
/// convention with the best-known value, whatever convention the run was solved in.
public struct RunRecord: Sendable, Hashable {
    /// The instance's name.
    public var instance: String
    /// The instance's family.
    public var family: String
    /// The strategy's name.
    public var strategy: String
    /// The seed.
    public var seed: UInt64
    /// The run's time limit in seconds, if any.
    public var timeLimit: Double?
    /// The objective value, as the validator recomputes it.
    public var objective: Double
    /// Total distance in the run's convention.
    public var distance: Double
    /// Routes used.
    public var routes: Int
    /// Visits left out.
    public var unassigned: Int
    /// Minutes late against soft SLA deadlines.
    public var lateness: Double
    /// `(dimacsDistance − bks) / bks × 100`, when a best-known value exists.
    public var gapPercent: Double?
    /// Wall-clock seconds of the run.
    public var elapsedSeconds: Double
    /// Whether the validator accepted the plan.
    public var valid: Bool
    /// The distance convention the run was solved in.
    public var convention: DistanceConvention
    /// Total distance recomputed in the DIMACS convention (the gap's numerator).
    public var dimacsDistance: Double
    /// The best-known distance the gap is against, if any.
    public var bestKnownDistance: Double?
    /// The last iteration count the strategy reported, if it reported any.
    public var iterations: Int?
    /// Visits in the instance.
    public var visits: Int
    /// The validator's violation codes, for invalid runs.
    public var violations: [String]
    /// Best cost over time, from the strategy's progress events (not written to CSV).
    public var trace: [TracePoint]

    /// Creates a record.
    public init(
        instance: String, family: String, strategy: String, seed: UInt64, timeLimit: Double?,
        objective: Double, distance: Double, routes: Int, unassigned: Int, lateness: Double,
        gapPercent: Double?, elapsedSeconds: Double, valid: Bool, convention: DistanceConvention = .dimacs,
        dimacsDistance: Double? = nil, bestKnownDistance: Double? = nil, iterations: Int? = nil,
        visits: Int = 0, violations: [String] = [], trace: [TracePoint] = []
    ) {
        self.instance = instance
        self.family = family
        self.strategy = strategy
        self.seed = seed
        self.timeLimit = timeLimit
        self.objective = objective
        self.distance = distance
        self.routes = routes
        self.unassigned = unassigned
        self.lateness = lateness
        self.gapPercent = gapPercent
        self.elapsedSeconds = elapsedSeconds
        self.valid = valid
        self.convention = convention
        self.dimacsDistance = dimacsDistance ?? distance
        self.bestKnownDistance = bestKnownDistance
        self.iterations = iterations
        self.visits = visits
        self.violations = violations
        self.trace = trace
    }

    /// The gap in percent of a DIMACS distance over a best-known distance.
    public static func gapPercent(distance: Double, bestKnown: Double) -> Double {
        (distance - bestKnown) / bestKnown * 100
    }

    /// The gap at or below which a run counts as matching the best-known value.
    public static let matchTolerancePercent = 0.005

    /// Whether this valid run matches the best-known value (gap ≤ 0.005 %).
    public var matchesBestKnown: Bool {
        guard valid, let gapPercent else { return false }
        return gapPercent <= Self.matchTolerancePercent
    }
}
