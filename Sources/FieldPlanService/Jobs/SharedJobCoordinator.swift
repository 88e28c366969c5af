import FieldPlan
import Foundation
import Synchronization

/// Jobs in a shared queue (PostgreSQL): the server stores them, any number of ``JobWorker``s —
/// in `fieldplan worker` processes and, with `--local-workers`, in this server — solve them, and
/// every read (state, progress, `?wait`, events) comes from the database, so it does not matter
/// which process solves a job.
public final class SharedJobCoordinator: JobCoordinator {
    /// Where the jobs are kept.
    public let store: any JobStore
    /// The service's counters.
    public let metrics: ServiceMetrics
    private let queue: any LeasedJobStore
    private let timing: QueueTiming
    private let maxAttempts: Int
    private let retention: Double
    private let localWorkers: Int
    private let solver: JobSolver
    private let slots: SolverSlots
    private let background = Mutex<[Task<Void, Never>]>([])

    /// Creates a coordinator over `queue`; ``start()`` starts its local workers and sweeper.
    public init(
        queue: any LeasedJobStore, configuration: ServiceConfiguration, metrics: ServiceMetrics,
        planner: Planner = Planner()
    ) {
        self.store = queue
        self.queue = queue
        self.metrics = metrics
        self.timing = configuration.queueTiming
        self.maxAttempts = configuration.maxAttempts
        self.retention = configuration.resultRetention
        self.localWorkers = configuration.localWorkers
        self.solver = JobSolver(planner: planner, metrics: metrics)
        self.slots = SolverSlots(configuration.localWorkers)
    }

    /// Starts the local worker loops (none on a pure API node) and the sweeper that hands back
    /// expired jobs and deletes old results.
    public func start() {
        var tasks: [Task<Void, Never>] = []
        if localWorkers > 0 {
            let worker = JobWorker(
                store: queue, timing: timing, maxAttempts: maxAttempts, planner: solver.planner, metrics: metrics)
            tasks.append(Task { await worker.run(concurrency: self.localWorkers) })
        }
        tasks.append(Task { await self.sweep() })
        background.withLock { $0 += tasks }
    }

    /// Stops the local workers (their jobs go back to the queue when their leases expire) and the sweeper.
    public func stop() {
        for task in background.withLock({ tasks in defer { tasks = [] }; return tasks }) { task.cancel() }
    }

    private func sweep() async {
        while !Task.isCancelled {
            _ = try? await queue.reclaimExpired(maxAttempts: maxAttempts)
            _ = try? await queue.purge(finishedBefore: Date().addingTimeInterval(-retention))
            try? await Task.sleep(for: .seconds(timing.lease / 2))
        }
    }

    /// Stores the job; the first free worker takes it.
    public func submit(_ job: JobRecord) async throws { try await queue.insert(job) }

    /// Cancels a queued job at once; a running one is stopped by its worker at the next heartbeat
    /// (this waits a few heartbeats for that) and keeps the best plan so far.
    public func cancel(id: String) async throws -> JobRecord? {
        guard let job = try await queue.requestCancel(id: id) else { return nil }
        if job.status.isFinished { return job }
        return try await waitForFinish(id, upTo: 3 * timing.heartbeat + 1)
    }

    /// Always `nil`: the stored progress is the freshest (workers record it every heartbeat).
    public func progress(of id: String) async -> JobProgress? { nil }

    /// Re-reads the job every poll interval until it finishes or `seconds` pass.
    public func waitForFinish(_ id: String, upTo seconds: Double) async throws -> JobRecord? {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while true {
            guard let job = try await store.job(id: id) else { return nil }
            if job.status.isFinished || ContinuousClock.now >= deadline { return job }
            try await Task.sleep(for: .seconds(timing.poll))
        }
    }

    /// The job's state each time it changes (read every poll interval), until it finishes.
    public func watch(_ id: String) -> AsyncStream<JobSnapshot> {
        let store = self.store, poll = timing.poll
        return AsyncStream(bufferingPolicy: .bufferingNewest(16)) { continuation in
            let task = Task {
                var last: JobSnapshot?
                while !Task.isCancelled {
                    guard let job = try? await store.job(id: id) else { break }
                    let snapshot = JobSnapshot(id: id, status: job.status, progress: job.progress)
                    if snapshot != last { continuation.yield(snapshot) }
                    last = snapshot
                    if job.status.isFinished { break }
                    try? await Task.sleep(for: .seconds(poll))
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Jobs queued in the database.
    public func queueDepth() async throws -> Int { try await store.countsByStatus()[.queued] ?? 0 }

    /// Jobs running on any worker.
    public func runningCount() async throws -> Int { try await store.countsByStatus()[.running] ?? 0 }

    /// Plans on this server, at most `--local-workers` (at least one) at a time besides the queue's solves.
    public func solveNow(_ scenario: Scenario, options: JobOptions) async throws -> Plan {
        await slots.acquire()
        do {
            let plan = try await solver.plan(try Problem(scenario: scenario), options: options)
            await slots.release()
            return plan
        } catch {
            await slots.release()
            throw error
        }
    }
}
