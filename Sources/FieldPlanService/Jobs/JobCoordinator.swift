import FieldPlan

/// What the HTTP side needs from whoever runs the jobs: the server's own ``JobRunner`` (jobs in
/// memory or SQLite, solved in this process) or the ``SharedJobCoordinator`` (jobs in PostgreSQL,
/// solved by any number of workers).
public protocol JobCoordinator: Sendable {
    /// Where the jobs are kept.
    var store: any JobStore { get }
    /// The service's counters.
    var metrics: ServiceMetrics { get }
    /// Stores a new job and queues it.
    func submit(_ job: JobRecord) async throws
    /// Cancels a queued or running job; a running one keeps the best plan found so far.
    ///
    /// - Returns: the job after cancelling, unchanged when it had already finished; `nil` when unknown.
    func cancel(id: String) async throws -> JobRecord?
    /// The latest progress of a running job when it is fresher than the stored one.
    func progress(of id: String) async -> JobProgress?
    /// Waits until the job finishes or `seconds` pass; returns the job as it then is (`nil`: unknown).
    func waitForFinish(_ id: String, upTo seconds: Double) async throws -> JobRecord?
    /// The job's snapshots from now on; the stream ends when the job finishes.
    func watch(_ id: String) -> AsyncStream<JobSnapshot>
    /// Jobs waiting for a solver.
    func queueDepth() async throws -> Int
    /// Solves running now.
    func runningCount() async throws -> Int
    /// Plans a scenario now without storing a job (for `/vroom`), in a bounded solver slot.
    func solveNow(_ scenario: Scenario, options: JobOptions) async throws -> Plan
}
