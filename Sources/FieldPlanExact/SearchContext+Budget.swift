import FieldPlanModel

extension SearchContext {
    /// Seconds left before the time limit, or `nil` when there is none.
    func remainingSeconds() -> Double? {
        options.timeLimit.map { max(0, $0 - elapsed()) }
    }

    /// A context for one phase of a run: same clock, cancellation and progress, with its own
    /// time limit (never past the run's own).
    func phase(seconds: Double?) -> SearchContext {
        var options = options
        switch (seconds, remainingSeconds()) {
        case let (seconds?, remaining?): options.timeLimit = min(seconds, remaining)
        case let (seconds?, nil): options.timeLimit = seconds
        case let (nil, remaining): options.timeLimit = remaining
        }
        return SearchContext(options: options, clock: clock, cancellation: cancellation, progress: progress)
    }
}
