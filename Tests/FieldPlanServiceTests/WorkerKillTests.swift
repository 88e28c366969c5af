import FieldPlan
import FieldPlanTestSupport
import Foundation
import Testing

/// Real processes on a real PostgreSQL: `fieldplan serve` as an API node and two `fieldplan
/// worker`s; one worker is killed with SIGKILL while it solves, and every accepted job still
/// completes (the dead worker's job after its 3 s lease expires, with a second attempt).
@Suite(.serialized, .enabled(if: PostgresTestDatabase.isEnabled, "needs FIELDPLAN_TEST_POSTGRES_URL (make test starts a server)"))
struct WorkerKillTests {
    /// A 3 s lease renewed every 0.3 s, both scaled under sanitizers (a slowed worker must not
    /// lose its lease while it still runs).
    static let queueArguments = [
        "--lease-seconds", "\(TestTiming.seconds(3))", "--heartbeat-seconds", "\(TestTiming.seconds(0.3))",
        "--poll-seconds", "0.1",
    ]

    @Test func jobsOfAWorkerKilledMidSolveAreFinishedByTheOther() async throws {
        let database = try await PostgresTestDatabase.createDatabase()
        var failure: (any Error)?
        do {
            try await Self.killAWorkerMidSolve(database: database.url)
        } catch {
            failure = error
        }
        try await PostgresTestDatabase.dropDatabase(database.name)
        if let failure { throw failure }
    }

    /// Starts the API node and a worker, submits four jobs, kills the worker while it solves,
    /// starts a second worker and checks that every job completes.
    static func killAWorkerMidSolve(database: String) async throws {
        let server = try ServerProcess(arguments: ["--database", database, "--local-workers", "0"] + Self.queueArguments)
        defer { server.stop() }
        let victim = try WorkerProcess(arguments: ["--database", database, "--concurrency", "1"] + Self.queueArguments)
        defer { victim.stop() }
        var ids: [String] = []
        for _ in 0..<4 {
            let accepted = try await server.request(
                "POST", "/v1/plans", body: #"{"scenario": \#(ServiceFixtures.lineScenario), "options": {"timeLimit": 2}}"#)
            #expect(accepted.status == 202)
            ids.append(try #require(accepted.json["id"] as? String))
        }
        // Killed as soon as it is seen solving (a job takes 2 s); the survivor starts afterwards,
        // so it can take the interrupted job only once the lease has expired.
        let interrupted = try #require(
            try await victim.runningJob(within: TestTiming.seconds(30)), "the worker ran no job: \(victim.log)")
        victim.killNow()
        let survivor = try WorkerProcess(arguments: ["--database", database, "--concurrency", "1"] + Self.queueArguments)
        defer { survivor.stop() }

        let scenario = try ServiceFixtures.scenario()
        var completed = 0
        for id in ids {
            var body: [String: Any] = [:]
            let deadline = ContinuousClock.now + .seconds(TestTiming.seconds(60))
            while body["status"] as? String != "done", ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
                body = try await server.request("GET", "/v1/plans/\(id)").json
            }
            #expect(body["status"] as? String == "done", "job \(id): \(body["status"] ?? "?") \(body["error"] ?? "")")
            if body["status"] as? String == "done" {
                completed += 1
                expectValid(try ServiceFixtures.plan(in: body, scenario: scenario), scenario)
            }
        }
        #expect(completed == ids.count, "accepted \(ids.count), completed \(completed)")
        #expect(try await server.request("GET", "/v1/plans/\(interrupted)").json["attempts"] as? Int == 2)
        #expect(survivor.log.contains("started job \(interrupted)"), "the survivor never took the killed worker's job")
    }
}
