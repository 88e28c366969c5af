import FieldPlan
import FieldPlanService
import FieldPlanTestSupport
import Foundation
import HummingbirdTesting
import Testing

/// `options.bound` over HTTP: the plan carries a lower bound and the gap, as `fieldplan solve --bound`.
@Suite struct BoundOptionTests {
    @Test func boundedJobCarriesTheBoundAndGap() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/plans?wait=30", method: .post,
                body: ServiceFixtures.planBody(options: #"{"timeLimit": 1, "iterations": 200, "bound": true, "boundTimeLimit": 2}"#))
            #expect(response.status == .ok)
            let job = try ServiceFixtures.object(response)
            #expect(job["status"] as? String == "done")
            let options = try #require(job["options"] as? [String: Any])
            #expect(options["bound"] as? Bool == true)
            #expect(options["boundTimeLimit"] as? Double == 2)
            let scenario = try ServiceFixtures.scenario()
            let plan = try ServiceFixtures.plan(in: job, scenario: scenario)
            expectValid(plan, scenario)
            // One technician, three visits on a line: the single route is optimal, and the
            // column-generation bound over these three visits proves it.
            let bound = try #require(plan.summary.bound)
            #expect(bound <= plan.summary.cost + 1e-6)
            #expect(plan.summary.gap == 0)
        }
    }

    @Test func jobsWithoutBoundHaveNone() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/v1/plans?wait=30", method: .post, body: ServiceFixtures.planBody())
            let job = try ServiceFixtures.object(response)
            #expect((job["options"] as? [String: Any])?["bound"] as? Bool == false)
            let scenario = try ServiceFixtures.scenario()
            #expect(try ServiceFixtures.plan(in: job, scenario: scenario).summary.bound == nil)
        }
    }

    @Test func boundTimeLimitWithoutBoundIsRejectedWithItsPointer() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            for options in [#"{"boundTimeLimit": 2}"#, #"{"bound": true, "boundTimeLimit": -1}"#, #"{"bound": "yes"}"#] {
                let response = try await client.execute(
                    uri: "/v1/plans", method: .post, body: ServiceFixtures.planBody(options: options))
                #expect(response.status == .badRequest)
                let pointers = ServiceFixtures.pointers(try ServiceFixtures.object(response))
                #expect(pointers.count == 1)
                #expect(pointers.first?.hasPrefix("/options/bound") == true, "\(options): \(pointers)")
            }
        }
    }
}
