import FieldPlanService
import FieldPlanTestSupport
import Foundation
import Testing

/// The PostgreSQL store against a real server: the job-store contract and the shared queue's
/// claims, leases, hand-backs and cancellation.
@Suite(.enabled(if: PostgresTestDatabase.isEnabled, "needs FIELDPLAN_TEST_POSTGRES_URL (make test starts a server)"))
struct PostgresJobStoreTests {
    static func job(created: Date = Date()) -> JobRecord { JobPersistenceTests.job(status: .queued, attempts: 0, created: created) }

    @Test func storesReadsCountsAndPurgesJobs() async throws {
        try await PostgresTestDatabase.withStore { store, _ in
            let old = Date(timeIntervalSinceNow: -1000)
            var job = Self.job()
            try await store.insert(job)
            job.status = .running
            job.attempts = 1
            job.progress = JobProgress(bestCost: 12.5, elapsedSeconds: 0.5, iteration: 7)
            try await store.update(job)
            let stored = try #require(try await store.job(id: job.id))
            #expect(stored.status == .running)
            #expect(stored.attempts == 1)
            #expect(stored.progress == job.progress)
            #expect(stored.options == job.options)
            #expect(stored.scenario == job.scenario)
            #expect(stored.owner == job.owner)
            #expect(abs(stored.createdAt.timeIntervalSince(job.createdAt)) < 1e-3)
            let oldDone = JobPersistenceTests.job(status: .done, attempts: 1, created: old)
            try await store.insert(oldDone)
            #expect(try await store.unfinished().map(\.id) == [job.id])
            #expect(try await store.countsByStatus() == [.running: 1, .done: 1])
            #expect(try await store.activeCount(owner: "open") == 1)
            #expect(try await store.activeCount(owner: "someone-else") == 0)
            #expect(try await store.purge(finishedBefore: old.addingTimeInterval(500)) == 1)
            #expect(try await store.job(id: oldDone.id) == nil)
            #expect(try await store.job(id: "no-such-job") == nil)
        }
    }

    @Test func claimsTakeTheOldestJobAndCountAnAttempt() async throws {
        try await PostgresTestDatabase.withStore { store, _ in
            let second = Self.job(created: Date(timeIntervalSinceNow: -10))
            let first = Self.job(created: Date(timeIntervalSinceNow: -20))
            try await store.insert(second)
            try await store.insert(first)
            let claimed = try #require(try await store.claim(worker: "w1", lease: 30))
            #expect(claimed.id == first.id)
            #expect(claimed.status == .running)
            #expect(claimed.attempts == 1)
            #expect(try await store.claim(worker: "w2", lease: 30)?.id == second.id)
            #expect(try await store.claim(worker: "w1", lease: 30) == nil)
        }
    }

    @Test func twoConcurrentClaimersNeverGetTheSameJob() async throws {
        try await PostgresTestDatabase.withStore { store, schema in
            let other = try await PostgresTestDatabase.store(schema: schema)
            defer { other.close() }
            let ids = Set((0..<30).map { _ in UUID().uuidString.lowercased() })
            for id in ids {
                var job = Self.job()
                job.id = id
                try await store.insert(job)
            }
            let claimers: [(any LeasedJobStore, String)] = [(store, "a1"), (store, "a2"), (other, "b1"), (other, "b2")]
            let claimed = try await withThrowingTaskGroup(of: [String].self) { group in
                for (queue, worker) in claimers {
                    group.addTask {
                        var mine: [String] = []
                        while let job = try await queue.claim(worker: worker, lease: 30) { mine.append(job.id) }
                        return mine
                    }
                }
                return try await group.reduce(into: [String]()) { $0 += $1 }
            }
            #expect(claimed.count == ids.count)
            #expect(Set(claimed) == ids)
            #expect(try await store.countsByStatus() == [.running: ids.count])
        }
    }

    @Test func heartbeatsRenewTheLeaseRecordProgressAndReportCancellation() async throws {
        try await PostgresTestDatabase.withStore { store, _ in
            let job = Self.job()
            try await store.insert(job)
            _ = try #require(try await store.claim(worker: "w1", lease: 30))
            let progress = JobProgress(bestCost: 99, elapsedSeconds: 1.5, iteration: 40)
            #expect(try await store.heartbeat(id: job.id, worker: "w1", progress: progress, lease: 30) == .held)
            #expect(try await store.job(id: job.id)?.progress == progress)
            #expect(try await store.heartbeat(id: job.id, worker: "intruder", progress: nil, lease: 30) == .lost)
            let flagged = try #require(try await store.requestCancel(id: job.id))
            #expect(flagged.status == .running)
            #expect(try await store.heartbeat(id: job.id, worker: "w1", progress: nil, lease: 30) == .cancelRequested)
            #expect(try await store.job(id: job.id)?.progress == progress)
        }
    }

    @Test func completionIsWrittenOnlyByTheHolderAndHonoursCancellation() async throws {
        try await PostgresTestDatabase.withStore { store, _ in
            let kept = Self.job(created: Date(timeIntervalSinceNow: -2)), cancelled = Self.job()
            try await store.insert(kept)
            try await store.insert(cancelled)
            var first = try #require(try await store.claim(worker: "w1", lease: 30))
            var second = try #require(try await store.claim(worker: "w2", lease: 30))
            first.status = .done
            first.plan = Data("{}".utf8)
            #expect(try await store.complete(first, worker: "w2") == false)
            #expect(try await store.complete(first, worker: "w1"))
            #expect(try await store.job(id: kept.id)?.status == .done)
            #expect(try await store.job(id: kept.id)?.plan == Data("{}".utf8))
            _ = try await store.requestCancel(id: cancelled.id)
            second.status = .done
            #expect(try await store.complete(second, worker: "w2"))
            #expect(try await store.job(id: cancelled.id)?.status == .cancelled)
        }
    }

    @Test func cancellingAQueuedJobFinishesItAtOnce() async throws {
        try await PostgresTestDatabase.withStore { store, _ in
            let job = Self.job()
            try await store.insert(job)
            #expect(try await store.requestCancel(id: job.id)?.status == .cancelled)
            #expect(try await store.claim(worker: "w1", lease: 30) == nil)
            #expect(try await store.requestCancel(id: job.id)?.status == .cancelled)
            #expect(try await store.requestCancel(id: "no-such-job") == nil)
        }
    }

    @Test func expiredLeasesAreHandedBackThenFailedAfterTwoAttempts() async throws {
        try await PostgresTestDatabase.withStore { store, _ in
            let job = Self.job()
            try await store.insert(job)
            // A short lease (scaled under sanitizers, so the first sweep comes before it ends).
            let lease = TestTiming.seconds(0.2)
            _ = try #require(try await store.claim(worker: "w1", lease: lease))
            #expect(try await store.reclaimExpired(maxAttempts: 2) == (0, 0))
            try await Task.sleep(for: .seconds(2 * lease))
            #expect(try await store.reclaimExpired(maxAttempts: 2) == (1, 0))
            #expect(try await store.job(id: job.id)?.status == .queued)
            #expect(try await store.heartbeat(id: job.id, worker: "w1", progress: nil, lease: 30) == .lost)
            let again = try #require(try await store.claim(worker: "w2", lease: lease))
            #expect(again.attempts == 2)
            try await Task.sleep(for: .seconds(2 * lease))
            #expect(try await store.reclaimExpired(maxAttempts: 2) == (0, 1))
            let failed = try #require(try await store.job(id: job.id))
            #expect(failed.status == .failed)
            #expect(failed.error?.contains("2 times") == true)
            #expect(try await store.complete(again, worker: "w2") == false)
        }
    }

    @Test func aReleasedJobIsQueuedAgainWithItsAttemptUncounted() async throws {
        try await PostgresTestDatabase.withStore { store, _ in
            let job = Self.job()
            try await store.insert(job)
            _ = try #require(try await store.claim(worker: "w1", lease: 30))
            #expect(try await store.release(id: job.id, worker: "intruder") == false)
            #expect(try await store.release(id: job.id, worker: "w1"))
            let queued = try #require(try await store.job(id: job.id))
            #expect(queued.status == .queued)
            #expect(queued.attempts == 0)
            #expect(try await store.heartbeat(id: job.id, worker: "w1", progress: nil, lease: 30) == .lost)
            #expect(try await store.release(id: job.id, worker: "w1") == false)
            #expect(try await store.claim(worker: "w2", lease: 30)?.attempts == 1)
            _ = try await store.requestCancel(id: job.id)
            #expect(try await store.release(id: job.id, worker: "w2"))
            #expect(try await store.job(id: job.id)?.status == .cancelled)
        }
    }

    /// A worker stopped mid-solve (what SIGTERM does to `fieldplan worker`) hands its job back at
    /// once, long before its lease would expire.
    @Test func aStoppedWorkerHandsItsJobBackAtOnce() async throws {
        try await PostgresTestDatabase.withStore { store, _ in
            var job = Self.job()
            job.options = JobOptions(timeLimit: 60)
            try await store.insert(job)
            let worker = JobWorker(store: store, name: "w1", timing: QueueTiming(lease: 60, heartbeat: 0.2, poll: 0.05))
            let running = Task { await worker.run(concurrency: 1) }
            var status = JobStatus.queued
            for _ in 0..<Int(TestTiming.seconds(200)) where status != .running {
                try await Task.sleep(for: .milliseconds(50))
                status = try await store.job(id: job.id)?.status ?? .queued
            }
            #expect(status == .running)
            running.cancel()
            await running.value
            let handedBack = try #require(try await store.job(id: job.id))
            #expect(handedBack.status == .queued)
            #expect(handedBack.attempts == 0)
            #expect(handedBack.plan == nil)
        }
    }

    @Test func anExpiredJobWhoseCancellationWasAskedEndsCancelled() async throws {
        try await PostgresTestDatabase.withStore { store, _ in
            let job = Self.job()
            try await store.insert(job)
            _ = try #require(try await store.claim(worker: "w1", lease: 0.2))
            _ = try await store.requestCancel(id: job.id)
            try await Task.sleep(for: .milliseconds(400))
            #expect(try await store.reclaimExpired(maxAttempts: 2) == (0, 1))
            #expect(try await store.job(id: job.id)?.status == .cancelled)
        }
    }
}
