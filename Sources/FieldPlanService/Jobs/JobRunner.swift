import FieldPlan
import Foundation

/// Runs accepted jobs in this process, at most N at a time, each on its own thread off the event loop.
///
/// The runner is the only writer of its store's job states: it queues jobs, starts solves when a
/// slot frees, records progress and results, re-queues jobs a crash interrupted, and fans state
/// changes out to waiters (`?wait`) and event streams.
public actor JobRunner: JobCoordinator {
    /// Where the jobs are kept.
    public nonisolated let store: any JobStore
    /// The service's counters.
    public nonisolated let metrics: ServiceMetrics
    nonisolated let events = JobEvents()
    private let solver: JobSolver
    private let maxConcurrent: Int
    private let maxAttempts: Int
    private let retention: Double
    private var queue: [String] = []
    private var running: [String: (task: Task<Void, Never>, progress: ProgressBox)] = [:]
    private var cancelRequested: Set<String> = []
    private var immediateSolves = 0
    private var slotWaiters: [CheckedContinuation<Void, Never>] = []

    private var busySlots: Int { running.count + immediateSolves }

    /// Creates a runner over `store` with the configuration's limits.
    public init(store: any JobStore, configuration: ServiceConfiguration, metrics: ServiceMetrics, planner: Planner = Planner()) {
        self.store = store
        self.metrics = metrics
        self.solver = JobSolver(planner: planner, metrics: metrics)
        self.maxConcurrent = configuration.maxConcurrentSolves
        self.maxAttempts = configuration.maxAttempts
        self.retention = configuration.resultRetention
    }

    /// Picks up the jobs a previous run of the server left unfinished and starts them again.
    ///
    /// A job that was running when the server stopped counts as one attempt; after `maxAttempts`
    /// attempts it is marked failed instead of being run again (it may be what crashed the server).
    /// - Returns: how many jobs were re-queued and how many marked failed.
    @discardableResult public func recover() async throws -> (requeued: Int, failed: Int) {
        try await store.purge(finishedBefore: Date().addingTimeInterval(-retention))
        var requeued = 0, failed = 0
        for var job in try await store.unfinished() where running[job.id] == nil && !queue.contains(job.id) {
            if job.status == .running {
                job.handBack(maxAttempts: maxAttempts)
                try await store.update(job)
            }
            if job.status == .queued {
                queue.append(job.id)
                requeued += 1
            } else {
                failed += 1
            }
        }
        startNext()
        return (requeued, failed)
    }

    /// Stores a new job and queues it.
    public func submit(_ job: JobRecord) async throws {
        try await store.insert(job)
        queue.append(job.id)
        startNext()
    }

    /// Cancels a queued or running job; a running one stops at once and keeps the best plan found so far.
    ///
    /// - Returns: the job after cancelling, unchanged when it had already finished; `nil` when unknown.
    public func cancel(id: String) async throws -> JobRecord? {
        if let index = queue.firstIndex(of: id), var job = try await store.job(id: id) {
            queue.remove(at: index)
            job.status = .cancelled
            job.updatedAt = Date()
            try await store.update(job)
            events.publish(JobSnapshot(id: id, status: .cancelled, progress: nil))
            return job
        }
        if let solve = running[id] {
            cancelRequested.insert(id)
            solve.task.cancel()
            await solve.task.value
        }
        return try await store.job(id: id)
    }

    /// The latest progress of a running job.
    public func progress(of id: String) -> JobProgress? { running[id]?.progress.latest }

    /// Jobs waiting for a slot.
    public func queueDepth() -> Int { queue.count }

    /// Solves running now.
    public func runningCount() -> Int { busySlots }

    /// Plans a scenario now, without storing a job, in one of the same solver slots (for `/vroom`).
    ///
    /// Waits for a free slot first; cancelling the calling task stops the search early.
    public func solveNow(_ scenario: Scenario, options: JobOptions) async throws -> Plan {
        if busySlots < maxConcurrent {
            immediateSolves += 1
        } else {
            await withCheckedContinuation { slotWaiters.append($0) }
        }
        defer { releaseImmediateSlot() }
        return try await solver.plan(try Problem(scenario: scenario), options: options)
    }

    private func releaseImmediateSlot() {
        immediateSolves -= 1
        handOverFreeSlots()
    }

    /// Gives free slots to waiting immediate solves first, then to queued jobs.
    private func handOverFreeSlots() {
        while busySlots < maxConcurrent, !slotWaiters.isEmpty {
            immediateSolves += 1
            slotWaiters.removeFirst().resume()
        }
        startNext()
    }

    /// Waits until the job finishes or `seconds` pass, whichever comes first.
    ///
    /// - Returns: the job as it then is; `nil` when unknown.
    public nonisolated func waitForFinish(_ id: String, upTo seconds: Double) async throws -> JobRecord? {
        let updates = events.watch(id)
        guard let job = try await store.job(id: id) else { return nil }
        if job.status.isFinished || seconds <= 0 { return job }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { for await snapshot in updates where snapshot.status.isFinished { return } }
            group.addTask { try? await Task.sleep(for: .seconds(seconds)) }
            await group.next()
            group.cancelAll()
        }
        return try await store.job(id: id)
    }

    /// The job's snapshots from now on (the stream ends when the job finishes).
    public nonisolated func watch(_ id: String) -> AsyncStream<JobSnapshot> { events.watch(id) }

    private func startNext() {
        while busySlots < maxConcurrent, !queue.isEmpty {
            let id = queue.removeFirst()
            let box = ProgressBox()
            running[id] = (Task { await self.run(id, progress: box) }, box)
        }
    }

    private func run(_ id: String, progress box: ProgressBox) async {
        defer {
            running[id] = nil
            cancelRequested.remove(id)
            handOverFreeSlots()
        }
        guard var job = try? await store.job(id: id), !job.status.isFinished else { return }
        job.status = .running
        job.attempts += 1
        job.updatedAt = Date()
        do {
            try await store.update(job)
        } catch {
            return
        }
        events.publish(JobSnapshot(id: id, status: .running, progress: nil))
        job = await solve(job, progress: box)
        job.updatedAt = Date()
        try? await store.update(job)
        events.publish(JobSnapshot(id: id, status: job.status, progress: job.progress))
        _ = try? await store.purge(finishedBefore: Date().addingTimeInterval(-retention))
    }

    /// Plans the job's scenario and returns the job finished: done, cancelled or failed.
    private func solve(_ job: JobRecord, progress box: ProgressBox) async -> JobRecord {
        let events = self.events, id = job.id
        var job = await solver.solve(job) { progress in
            box.record(progress)
            events.publish(JobSnapshot(id: id, status: .running, progress: progress))
        }
        if job.status == .done && cancelRequested.contains(id) { job.status = .cancelled }
        return job
    }
}
