import FieldPlan
import FieldPlanService
import FieldPlanTestSupport
import Foundation
import Testing

@Suite struct JobPersistenceTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-jobs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func job(status: JobStatus, attempts: Int, created: Date = Date()) -> JobRecord {
        JobRecord(
            status: status, owner: "open", scenario: Data(ServiceFixtures.lineScenario.utf8),
            options: JobOptions(timeLimit: 1, iterations: 100), attempts: attempts, createdAt: created)
    }

    @Test func sqliteStoreKeepsJobsAcrossReopeningInWALMode() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var job = Self.job(status: .queued, attempts: 0)
        do {
            let store = try SQLiteJobStore(folder: folder)
            #expect(try store.journalMode() == "wal")
            try await store.insert(job)
            job.status = .running
            job.attempts = 1
            job.progress = JobProgress(bestCost: 12.5, elapsedSeconds: 0.5, iteration: 7)
            try await store.update(job)
        }
        let reopened = try SQLiteJobStore(folder: folder)
        let stored = try #require(try await reopened.job(id: job.id))
        #expect(stored.status == .running)
        #expect(stored.attempts == 1)
        #expect(stored.progress == job.progress)
        #expect(stored.options == job.options)
        #expect(stored.scenario == job.scenario)
        #expect(try await reopened.unfinished().map(\.id) == [job.id])
        #expect(try await reopened.countsByStatus() == [.running: 1])
        #expect(try await reopened.activeCount(owner: "open") == 1)
    }

    @Test func purgeDeletesOnlyOldFinishedJobs() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try SQLiteJobStore(folder: folder)
        let old = Date(timeIntervalSinceNow: -1000)
        let oldDone = Self.job(status: .done, attempts: 1, created: old)
        let oldQueued = Self.job(status: .queued, attempts: 0, created: old)
        let newDone = Self.job(status: .done, attempts: 1)
        for job in [oldDone, oldQueued, newDone] { try await store.insert(job) }
        // The cut-off is fixed before any await, so a slow test run cannot make `newDone` old.
        #expect(try await store.purge(finishedBefore: old.addingTimeInterval(500)) == 1)
        #expect(try await store.job(id: oldDone.id) == nil)
        #expect(try await store.job(id: oldQueued.id) != nil)
        #expect(try await store.job(id: newDone.id) != nil)
    }

    @Test func recoveryRerunsInterruptedJobsAndFailsThoseThatCrashedTwice() async throws {
        let store = InMemoryJobStore()
        let interrupted = Self.job(status: .running, attempts: 1)
        let waiting = Self.job(status: .queued, attempts: 0)
        let crashedTwice = Self.job(status: .running, attempts: 2)
        for job in [interrupted, waiting, crashedTwice] { await store.insert(job) }
        let runner = JobRunner(store: store, configuration: ServiceFixtures.configuration(), metrics: ServiceMetrics())
        let counts = try await runner.recover()
        #expect(counts.requeued == 2)
        #expect(counts.failed == 1)
        let failed = try #require(await store.job(id: crashedTwice.id))
        #expect(failed.status == .failed)
        #expect(failed.error?.contains("2 times") == true)
        let scenario = try ServiceFixtures.scenario()
        for id in [interrupted.id, waiting.id] {
            let finished = try #require(try await runner.waitForFinish(id, upTo: 30))
            #expect(finished.status == .done)
            let plan = try PlanReader.read(data: try #require(finished.plan), name: "plan", scenario: scenario)
            expectValid(plan, scenario)
        }
        #expect(await store.job(id: interrupted.id)?.attempts == 2)
    }
}
