import FieldPlanModel

/// A plan being computed: its progress events as an `AsyncSequence`, its result, and a way to stop it.
public struct PlanningRun: Sendable {
    /// Progress of the search; the sequence ends when the search does.
    public let events: AsyncStream<ProgressEvent>
    private let task: _Concurrency.Task<Plan, any Error>

    init(events: AsyncStream<ProgressEvent>, task: _Concurrency.Task<Plan, any Error>) {
        self.events = events
        self.task = task
    }

    /// The plan, once the search ends (the best so far when it was cancelled).
    public var plan: Plan {
        get async throws { try await task.value }
    }

    /// Stops the search; ``plan`` then returns the best plan found so far.
    public func cancel() { task.cancel() }
}
