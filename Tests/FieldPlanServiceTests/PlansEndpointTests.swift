import FieldPlan
import FieldPlanService
import FieldPlanTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct PlansEndpointTests {
    @Test func waitingSubmissionAnswersWithAValidPlan() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/plans?wait=30", method: .post, body: ServiceFixtures.planBody())
            #expect(response.status == .ok)
            let job = try ServiceFixtures.object(response)
            #expect(job["status"] as? String == "done")
            let scenario = try ServiceFixtures.scenario()
            let plan = try ServiceFixtures.plan(in: job, scenario: scenario)
            expectValid(plan, scenario)
            #expect(plan.unassigned.isEmpty)
            #expect(abs(plan.summary.travelTime - 60) < 1e-6)
        }
    }

    @Test func submissionWithoutWaitIsAcceptedAndCanBePolled() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            let accepted = try await client.execute(uri: "/v1/plans", method: .post, body: ServiceFixtures.planBody())
            #expect(accepted.status == .accepted)
            let location = try #require(accepted.headers[.location])
            let id = try #require(try ServiceFixtures.object(accepted)["id"] as? String)
            #expect(location == "/v1/plans/\(id)")
            var status = ""
            var job: [String: Any] = [:]
            for _ in 0..<100 where status != "done" {
                try await Task.sleep(for: .milliseconds(50))
                job = try ServiceFixtures.object(try await client.execute(uri: location, method: .get))
                status = job["status"] as? String ?? ""
            }
            #expect(status == "done")
            let scenario = try ServiceFixtures.scenario()
            expectValid(try ServiceFixtures.plan(in: job, scenario: scenario), scenario)
            let progress = try #require(job["progress"] as? [String: Any])
            #expect(progress["bestCost"] is Double)
            #expect(progress["elapsedSeconds"] is Double)
        }
    }

    @Test func cancellingARunningJobKeepsTheBestPlan() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            let accepted = try await client.execute(
                uri: "/v1/plans", method: .post, body: ServiceFixtures.planBody(options: #"{"timeLimit": 5}"#))
            let id = try #require(try ServiceFixtures.object(accepted)["id"] as? String)
            var status = ""
            for _ in 0..<100 where status != "running" {
                try await Task.sleep(for: .milliseconds(20))
                status = try ServiceFixtures.object(try await client.execute(uri: "/v1/plans/\(id)", method: .get))["status"]
                    as? String ?? ""
            }
            let cancelled = try await client.execute(uri: "/v1/plans/\(id)", method: .delete)
            #expect(cancelled.status == .ok)
            let job = try ServiceFixtures.object(cancelled)
            #expect(job["status"] as? String == "cancelled")
            let scenario = try ServiceFixtures.scenario()
            expectValid(try ServiceFixtures.plan(in: job, scenario: scenario), scenario)
            let again = try await client.execute(uri: "/v1/plans/\(id)", method: .delete)
            #expect(again.status == .conflict)
        }
    }

    @Test func timeLimitIsCappedByConfiguration() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/plans", method: .post, body: ServiceFixtures.planBody(options: #"{"timeLimit": 1000, "iterations": 10}"#))
            let options = try #require(try ServiceFixtures.object(response)["options"] as? [String: Any])
            #expect(options["timeLimit"] as? Double == 5)
        }
    }

    @Test func unknownJobIsNotFound() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/v1/plans/no-such-job", method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "application/problem+json")
        }
    }

    @Test func eventStreamEndsWithTheFinalStatus() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            let accepted = try await client.execute(
                uri: "/v1/plans", method: .post, body: ServiceFixtures.planBody(options: #"{"timeLimit": 0.6}"#))
            let id = try #require(try ServiceFixtures.object(accepted)["id"] as? String)
            let events = try await client.execute(uri: "/v1/plans/\(id)/events", method: .get)
            #expect(events.headers[.contentType] == "text/event-stream")
            let text = String(buffer: events.body)
            let names = text.split(separator: "\n").filter { $0.hasPrefix("event: ") }.map { $0.dropFirst(7) }
            #expect(names.last == "done")
            #expect(names.contains("progress"))
        }
    }
}
