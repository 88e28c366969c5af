import FieldPlan
import FieldPlanTestSupport
import Foundation
import Testing

/// The real `fieldplan serve` binary: jobs accepted before a `kill -9` are finished after a restart.
@Suite(.serialized) struct RealServerTests {
    @Test func jobsSurviveKillNineAndRestart() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-data-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let first = try ServerProcess(arguments: ["--data", data, "--max-solves", "1"])
        var ids: [String] = []
        var interrupted: String?
        do {
            defer { first.stop() }
            for _ in 0..<3 {
                let accepted = try await first.request(
                    "POST", "/v1/plans",
                    body: #"{"scenario": \#(ServiceFixtures.lineScenario), "options": {"timeLimit": 4}}"#)
                #expect(accepted.status == 202)
                ids.append(try #require(accepted.json["id"] as? String))
            }
            // Kill the server while a job runs (whichever: a loaded machine may poll slowly).
            let deadline = ContinuousClock.now + .seconds(TestTiming.seconds(60))
            while interrupted == nil, ContinuousClock.now < deadline {
                for id in ids {
                    let status = try await first.request("GET", "/v1/plans/\(id)").json["status"] as? String
                    if status == "running" {
                        interrupted = id
                        break
                    }
                }
                if interrupted == nil { try await Task.sleep(for: .milliseconds(20)) }
            }
            #expect(interrupted != nil, "no job was seen running")
            first.killNow()
        }
        let second = try ServerProcess(arguments: ["--data", data, "--max-solves", "2"])
        defer { second.stop() }
        let scenario = try ServiceFixtures.scenario()
        var completed = 0
        for id in ids {
            var status = ""
            var body: [String: Any] = [:]
            let deadline = ContinuousClock.now + .seconds(TestTiming.seconds(60))
            while status != "done", ContinuousClock.now < deadline {
                (_, body) = try await second.request("GET", "/v1/plans/\(id)")
                status = body["status"] as? String ?? ""
                if status != "done" { try await Task.sleep(for: .milliseconds(50)) }
            }
            #expect(status == "done")
            if status == "done" {
                completed += 1
                expectValid(try ServiceFixtures.plan(in: body, scenario: scenario), scenario)
            }
        }
        #expect(completed == ids.count)
        if let interrupted {
            #expect(try await second.request("GET", "/v1/plans/\(interrupted)").json["attempts"] as? Int == 2)
        }
    }
}
