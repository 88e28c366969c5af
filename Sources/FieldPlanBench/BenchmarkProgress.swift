/// How far a benchmark has got, for a progress bar.
public struct BenchmarkProgress: Sendable, Hashable {
    /// Runs finished.
    public var completed: Int
    /// Runs in the benchmark.
    public var total: Int
    /// Wall-clock seconds since the benchmark started.
    public var elapsedSeconds: Double
    /// Estimated seconds to the end, from the mean pace so far; `nil` before the first run ends.
    public var estimatedRemainingSeconds: Double?
    /// The run that just finished, when there is one.
    public var latest: RunRecord?

    /// Creates a progress report.
    public init(
        completed: Int, total: Int, elapsedSeconds: Double, estimatedRemainingSeconds: Double?,
        latest: RunRecord? = nil
    ) {
        self.completed = completed
        self.total = total
        self.elapsedSeconds = elapsedSeconds
        self.estimatedRemainingSeconds = estimatedRemainingSeconds
        self.latest = latest
    }

    /// The fraction done, 0…1.
    public var fraction: Double { total == 0 ? 1 : Double(completed) / Double(total) }
}
