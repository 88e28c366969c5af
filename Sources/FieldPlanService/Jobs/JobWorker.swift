import FieldPlan
import Foundation
import Logging
import Synchronization

/// Takes jobs from a shared queue (``LeasedJobStore``) and solves them: the loop behind
/// `fieldplan worker` and behind the local workers of `fieldplan serve --database`.
///
/// Each loop claims the oldest queued job, renews its lease every heartbeat while solving (with
/// the best cost and elapsed time so far), stops early when a cancellation was requested (keeping
/// the best plan so far), and writes the result. Now and then it hands back jobs whose lease
/// expired, so the work of a worker that died is taken up again.
public final class JobWorker: Sendable {
    /// This worker's name in the queue; loops add `/N`.
    public let name: String
    private let store: any LeasedJobStore
    private let solver: JobSolver
    private let timing: QueueTiming
    private let maxAttempts: Int
    private let logger: Logger
    private let nextSweep = Mutex<ContinuousClock.Instant>(.now)

    /// Creates a worker over `store`.
    ///
    /// - Parameter maxAttempts: solves a job may start before an expired lease fails it.
    public init(
        store: any LeasedJobStore, name: String = JobWorker.defaultName(), timing: QueueTiming = QueueTiming(),
        maxAttempts: Int = 2, planner: Planner = Planner(), metrics: ServiceMetrics = ServiceMetrics(),
        logger: Logger = Logger(label: "fieldplan.worker")
    ) {
        self.name = name
        self.store = store
        self.solver = JobSolver(planner: planner, metrics: metrics)
        self.timing = timing
        self.maxAttempts = maxAttempts
        self.logger = logger
    }

    /// `host:pid:random`, unique among the workers of a queue.
    public static func defaultName() -> String {
        let suffix = UUID().uuidString.prefix(8).lowercased()
        return "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(suffix)"
    }

    /// Runs `concurrency` solve loops until the calling task is cancelled.
    ///
    /// A solve under way when cancelled is stopped and its job handed back to the queue at once,
    /// its attempt not counted (``LeasedJobStore/release(id:worker:)``), so another worker solves
    /// it with its whole time limit rather than after the lease expires; the plan so far is
    /// dropped, since the dispatcher asked for that limit, not for what was left of it.
    public func run(concurrency: Int) async {
        await withTaskGroup(of: Void.self) { group in
            for slot in 0..<max(1, concurrency) {
                let worker = concurrency <= 1 ? name : "\(name)/\(slot)"
                group.addTask { await self.loop(as: worker) }
            }
        }
    }

    private func loop(as worker: String) async {
        while !Task.isCancelled {
            do {
                try await sweepIfDue()
                if let job = try await store.claim(worker: worker, lease: timing.lease) {
                    await process(job, as: worker)
                    continue
                }
            } catch {
                logger.warning("the job queue did not answer: \(String(reflecting: error))", metadata: ["worker": "\(worker)"])
                try? await Task.sleep(for: .seconds(max(1, timing.poll)))
            }
            try? await Task.sleep(for: .seconds(timing.poll))
        }
    }

    /// Hands back expired jobs, at most every half lease per process.
    private func sweepIfDue() async throws {
        let due = nextSweep.withLock { next in
            guard ContinuousClock.now >= next else { return false }
            next = .now + .seconds(timing.lease / 2)
            return true
        }
        guard due else { return }
        let swept = try await store.reclaimExpired(maxAttempts: maxAttempts)
        if swept.requeued + swept.finished > 0 {
            logger.info("handed back \(swept.requeued) expired jobs to the queue, \(swept.finished) finished")
        }
    }

    /// Solves one claimed job under its lease and writes the result.
    private func process(_ claimed: JobRecord, as worker: String) async {
        let metadata: Logger.Metadata = ["worker": "\(worker)", "job": "\(claimed.id)"]
        logger.info("started job \(claimed.id) (attempt \(claimed.attempts))", metadata: metadata)
        let progress = ProgressBox()
        let solver = self.solver
        let solving = Task { await solver.solve(claimed) { progress.record($0) } }
        let beating = Task { await self.heartbeats(claimed.id, as: worker, progress: progress, solving: solving) }
        var job = await withTaskCancellationHandler { await solving.value } onCancel: { solving.cancel() }
        beating.cancel()
        let lease = await beating.value
        if Task.isCancelled {
            await handBack(job.id, as: worker, metadata: metadata)
            return
        }
        switch lease {
        case .lost:
            logger.warning("lost the lease on job \(job.id); its result is dropped", metadata: metadata)
            return
        case .cancelRequested:
            if job.status == .done { job.status = .cancelled }
        case .held:
            break
        }
        for attempt in 1...3 {
            do {
                let written = try await store.complete(job, worker: worker)
                logger.info(
                    written ? "finished job \(job.id): \(job.status.rawValue)" : "job \(job.id) was handed back before it finished",
                    metadata: metadata)
                return
            } catch {
                logger.warning("could not write job \(job.id) (try \(attempt)): \(String(reflecting: error))", metadata: metadata)
                try? await Task.sleep(for: .seconds(timing.heartbeat))
            }
        }
    }

    /// Hands a job back to the queue as the worker stops; when the queue does not answer, the
    /// job is left to its lease.
    private func handBack(_ id: String, as worker: String, metadata: Logger.Metadata) async {
        // A task of its own: this one is cancelled, and the queue's client would refuse to start.
        let store = self.store
        do {
            let released = try await Task { try await store.release(id: id, worker: worker) }.value
            logger.info(
                released ? "stopping: job \(id) handed back to the queue" : "stopping: job \(id) was no longer ours",
                metadata: metadata)
        } catch {
            logger.warning("stopping: job \(id) is left to its lease: \(String(reflecting: error))", metadata: metadata)
        }
    }

    /// Renews the lease every heartbeat until cancelled; stops the solve when the job was
    /// cancelled or lost, and says which.
    private func heartbeats(
        _ id: String, as worker: String, progress: ProgressBox, solving: Task<JobRecord, Never>
    ) async -> LeaseState {
        while true {
            try? await Task.sleep(for: .seconds(timing.heartbeat))
            if Task.isCancelled { return .held }
            do {
                let state = try await store.heartbeat(id: id, worker: worker, progress: progress.latest, lease: timing.lease)
                if state != .held {
                    solving.cancel()
                    return state
                }
            } catch {
                logger.warning("heartbeat of job \(id) failed: \(String(reflecting: error))", metadata: ["worker": "\(worker)"])
            }
        }
    }
}
