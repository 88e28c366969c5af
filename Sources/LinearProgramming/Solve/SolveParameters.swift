/// Options for one solve.
public struct SolveParameters: Sendable {
    /// Wall-clock limit in seconds (GLPK's `tm_lim`, millisecond resolution); `nil` for none.
    public var timeLimit: Double?
    /// Stop a MIP once `|incumbent - bound| / |incumbent|` is at most this (GLPK's `mip_gap`).
    public var relativeGap: Double?
    /// Use GLPK's presolver. A MIP warm start turns it off for the branch-and-cut phase, because
    /// the presolved problem has different columns.
    public var presolve: Bool
    /// A known solution to start a MIP from. Foreign variables or non-finite values are
    /// rejected; a partial or infeasible warm start is ignored (see ``SolveResult/warmStartAccepted``).
    public var warmStart: [Variable: Double]?
    /// Route GLPK's terminal output to the `fieldplan.glpk` logger. Silent when `false`.
    public var verbose: Bool
    /// Polled by the MIP search at every branch-and-cut callback; returning `true` stops it with
    /// the incumbent (termination limit ``Termination/Limit/cancelled``). LPs poll it only before
    /// they start, because `glp_simplex` has no callback. Runs on the solving thread.
    public var shouldStop: (@Sendable () -> Bool)?

    /// Creates parameters; every option defaults to "off" except presolve.
    public init(
        timeLimit: Double? = nil,
        relativeGap: Double? = nil,
        presolve: Bool = true,
        warmStart: [Variable: Double]? = nil,
        verbose: Bool = false,
        shouldStop: (@Sendable () -> Bool)? = nil
    ) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.presolve = presolve
        self.warmStart = warmStart
        self.verbose = verbose
        self.shouldStop = shouldStop
    }

    /// The time limit in GLPK's milliseconds (`Int32.max` means none).
    func timeLimitMilliseconds() throws(ModelError) -> Int32 {
        guard let timeLimit else { return Int32.max }
        guard !timeLimit.isNaN, timeLimit >= 0 else {
            throw .invalidParameter(name: "timeLimit", reason: "must be a non-negative number of seconds")
        }
        let milliseconds = (timeLimit * 1000).rounded(.up)
        return milliseconds >= Double(Int32.max) ? Int32.max : max(1, Int32(milliseconds))
    }

    /// The relative gap for GLPK (0 means prove optimality).
    func checkedRelativeGap() throws(ModelError) -> Double {
        guard let relativeGap else { return 0 }
        guard relativeGap.isFinite, relativeGap >= 0 else {
            throw .invalidParameter(name: "relativeGap", reason: "must be a finite number >= 0")
        }
        return relativeGap
    }
}
