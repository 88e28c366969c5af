import FieldPlan
import FieldPlanService
import FieldPlanTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct SystemEndpointTests {
    @Test func metricsCountRequestsJobsAndSolves() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            _ = try await client.execute(uri: "/v1/plans?wait=30", method: .post, body: ServiceFixtures.planBody())
            _ = try await client.execute(uri: "/v1/plans/none", method: .get)
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
            let lines = Set(String(buffer: response.body).split(separator: "\n").map(String.init))
            #expect(lines.contains(#"fieldplan_http_requests_total{method="POST",status="200"} 1"#))
            #expect(lines.contains(#"fieldplan_http_requests_total{method="GET",status="404"} 1"#))
            #expect(lines.contains(#"fieldplan_jobs{state="done"} 1"#))
            #expect(lines.contains("fieldplan_queue_depth 0"))
            #expect(lines.contains("fieldplan_solve_seconds_count 1"))
            #expect(lines.contains(#"fieldplan_solve_seconds_bucket{le="+Inf"} 1"#))
        }
    }

    @Test func healthAnswersOK() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/health", method: .get)
            #expect(response.status == .ok)
            #expect(try ServiceFixtures.object(response)["status"] as? String == "ok")
        }
    }

    @Test func validateReportsViolationsOfABrokenPlan() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            let solved = try ServiceFixtures.object(
                try await client.execute(uri: "/v1/plans?wait=30", method: .post, body: ServiceFixtures.planBody()))
            let plan = String(decoding: try JSONSerialization.data(withJSONObject: try #require(solved["plan"])), as: UTF8.self)
            let good = try await client.execute(
                uri: "/v1/validate", method: .post,
                body: ByteBuffer(string: #"{"scenario": \#(ServiceFixtures.lineScenario), "plan": \#(plan)}"#))
            #expect(try ServiceFixtures.object(good)["valid"] as? Bool == true)
            let shorter = ServiceFixtures.lineScenario.replacingOccurrences(of: #""end": 480"#, with: #""end": 30"#)
            let bad = try await client.execute(
                uri: "/v1/validate", method: .post, body: ByteBuffer(string: #"{"scenario": \#(shorter), "plan": \#(plan)}"#))
            let report = try ServiceFixtures.object(bad)
            #expect(report["valid"] as? Bool == false)
            #expect(!((report["violations"] as? [Any]) ?? []).isEmpty)
            let unreadable = try await client.execute(
                uri: "/v1/validate", method: .post,
                body: ByteBuffer(string: #"{"scenario": \#(ServiceFixtures.lineScenario), "plan": {"routes": 3}}"#))
            #expect(unreadable.status == .badRequest)
            #expect(ServiceFixtures.pointers(try ServiceFixtures.object(unreadable)).allSatisfy { $0.hasPrefix("/plan") })
        }
    }
}
