import FieldPlan
import FieldPlanService
import FieldPlanTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The HTTP service on a PostgreSQL queue as an API node only (no local workers), with two
/// worker loops over their own connections solving its jobs.
@Suite(.enabled(if: PostgresTestDatabase.isEnabled, "needs FIELDPLAN_TEST_POSTGRES_URL (make test starts a server)"))
struct PostgresServiceTests {
    /// A lease long enough that a loaded test machine never lets one expire by accident.
    static let timing = QueueTiming(lease: 10, heartbeat: 0.2, poll: 0.05)

    /// Runs `body` against an API node on a fresh schema while two workers solve its jobs.
    static func withCluster(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await PostgresTestDatabase.withStore { store, schema in
            var configuration = ServiceFixtures.configuration()
            configuration.localWorkers = 0
            configuration.maxTimeLimit = 20
            configuration.queueTiming = timing
            let app = try await buildApplication(configuration, store: store)
            let stores = [
                try await PostgresTestDatabase.store(schema: schema), try await PostgresTestDatabase.store(schema: schema),
            ]
            let workers = zip(stores, ["worker-a", "worker-b"]).map { JobWorker(store: $0, name: $1, timing: timing) }
            let running = workers.map { worker in Task { await worker.run(concurrency: 1) } }
            var failure: (any Error)?
            do {
                try await app.test(.router) { client in try await body(client) }
            } catch {
                failure = error
            }
            for task in running {
                task.cancel()
                await task.value
            }
            for store in stores { store.close() }
            if let failure { throw failure }
        }
    }

    /// Polls a job until it reaches `status` (or a minute passes); returns it as last read.
    static func poll(_ client: any TestClientProtocol, _ id: String, until status: String) async throws -> [String: Any] {
        var job: [String: Any] = [:]
        let deadline = ContinuousClock.now + .seconds(TestTiming.seconds(60))
        while job["status"] as? String != status, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
            job = try ServiceFixtures.object(try await client.execute(uri: "/v1/plans/\(id)", method: .get))
        }
        return job
    }

    @Test func workersSolveEveryJobTheAPINodeAccepts() async throws {
        try await Self.withCluster { client in
            var ids: [String] = []
            for _ in 0..<4 {
                let accepted = try await client.execute(uri: "/v1/plans", method: .post, body: ServiceFixtures.planBody())
                #expect(accepted.status == .accepted)
                ids.append(try #require(try ServiceFixtures.object(accepted)["id"] as? String))
            }
            let waited = try await client.execute(uri: "/v1/plans?wait=30", method: .post, body: ServiceFixtures.planBody())
            #expect(waited.status == .ok)
            #expect(try ServiceFixtures.object(waited)["status"] as? String == "done")
            let scenario = try ServiceFixtures.scenario()
            for id in ids {
                let job = try await Self.poll(client, id, until: "done")
                #expect(job["status"] as? String == "done")
                #expect(job["attempts"] as? Int == 1)
                let plan = try ServiceFixtures.plan(in: job, scenario: scenario)
                expectValid(plan, scenario)
                #expect(plan.unassigned.isEmpty)
            }
            let health = try ServiceFixtures.object(try await client.execute(uri: "/health", method: .get))
            #expect(health["queued"] as? Int == 0)
            #expect(health["running"] as? Int == 0)
        }
    }

    @Test func cancellingThroughTheDatabaseStopsTheWorkerAndKeepsTheBestPlan() async throws {
        try await Self.withCluster { client in
            let accepted = try await client.execute(
                uri: "/v1/plans", method: .post, body: ServiceFixtures.planBody(options: #"{"timeLimit": \#(TestTiming.seconds(15))}"#))
            let id = try #require(try ServiceFixtures.object(accepted)["id"] as? String)
            let running = try await Self.poll(client, id, until: "running")
            #expect(running["status"] as? String == "running")
            let started = ContinuousClock.now
            let cancelled = try await client.execute(uri: "/v1/plans/\(id)", method: .delete)
            #expect(cancelled.status == .ok)
            let job = try await Self.poll(client, id, until: "cancelled")
            #expect(job["status"] as? String == "cancelled")
            #expect(
                started.duration(to: .now) < .seconds(TestTiming.seconds(8)),
                "the worker should stop at its next heartbeat, long before its time limit")
            let scenario = try ServiceFixtures.scenario()
            expectValid(try ServiceFixtures.plan(in: job, scenario: scenario), scenario)
            let again = try await client.execute(uri: "/v1/plans/\(id)", method: .delete)
            #expect(again.status == .conflict)
        }
    }

    @Test func progressAndEventsComeFromTheDatabase() async throws {
        try await Self.withCluster { client in
            let accepted = try await client.execute(
                uri: "/v1/plans", method: .post, body: ServiceFixtures.planBody(options: #"{"timeLimit": 1.5}"#))
            let id = try #require(try ServiceFixtures.object(accepted)["id"] as? String)
            let events = try await client.execute(uri: "/v1/plans/\(id)/events", method: .get)
            let names = String(buffer: events.body).split(separator: "\n").filter { $0.hasPrefix("event: ") }
                .map { $0.dropFirst(7) }
            #expect(names.last == "done")
            #expect(names.contains("progress"))
            let job = try ServiceFixtures.object(try await client.execute(uri: "/v1/plans/\(id)", method: .get))
            let progress = try #require(job["progress"] as? [String: Any])
            #expect((progress["elapsedSeconds"] as? Double ?? 0) > 0)
        }
    }
}
