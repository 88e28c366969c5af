import FieldPlanService
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct ProblemResponseTests {
    @Test func invalidScenarioPointsAtEachOffendingField() async throws {
        let app = try await ServiceFixtures.application()
        let scenario = """
            {"technicians": [{"id": "t", "start": {"x": 0, "y": 0}, "shift": {"start": 0, "end": 480}}],
             "visits": [{"id": "v", "location": {"x": 1, "y": 1}, "duration": "ten"}]}
            """
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/v1/plans", method: .post, body: ServiceFixtures.planBody(scenario))
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "application/problem+json")
            let problem = try ServiceFixtures.object(response)
            #expect(problem["status"] as? Int == 400)
            #expect(ServiceFixtures.pointers(problem) == ["/scenario/visits/0/duration"])
        }
    }

    @Test func meaningErrorsArePointedAtToo() async throws {
        let app = try await ServiceFixtures.application()
        let scenario = """
            {"technicians": [{"id": "t", "start": {"x": 0, "y": 0}, "shift": {"start": 0, "end": 480}}],
             "visits": [{"id": "v", "location": {"x": 1, "y": 1}, "duration": 10,
                         "timeWindows": [{"start": 300, "end": 100}]}]}
            """
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/v1/plans", method: .post, body: ServiceFixtures.planBody(scenario))
            #expect(response.status == .badRequest)
            let pointers = ServiceFixtures.pointers(try ServiceFixtures.object(response))
            #expect(pointers.contains { $0.hasPrefix("/scenario/visits/0/timeWindows/0") })
        }
    }

    @Test func badOptionsArePointedAt() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            for (options, pointer) in [
                (#"{"threads": 4}"#, "/options/threads"), (#"{"strategy": "magic"}"#, "/options/strategy"),
                (#"{"timeLimit": -1}"#, "/options/timeLimit"), (#"{"seed": "x"}"#, "/options/seed"),
            ] {
                let response = try await client.execute(
                    uri: "/v1/plans", method: .post, body: ServiceFixtures.planBody(options: options))
                #expect(response.status == .badRequest)
                #expect(ServiceFixtures.pointers(try ServiceFixtures.object(response)) == [pointer])
            }
        }
    }

    @Test func malformedJSONIsABadRequest() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/v1/plans", method: .post, body: ByteBuffer(string: "{\"scenario\": "))
            #expect(response.status == .badRequest)
            #expect(try ServiceFixtures.object(response)["type"] as? String == "https://fieldplan.dev/problems/invalid-request")
        }
    }

    @Test func oversizedBodyAndScenarioAnswer413() async throws {
        let small = try await ServiceFixtures.application(ServiceFixtures.configuration(maxRequestBytes: 100))
        try await small.test(.router) { client in
            let response = try await client.execute(uri: "/v1/plans", method: .post, body: ServiceFixtures.planBody())
            #expect(response.status == .contentTooLarge)
        }
        let few = try await ServiceFixtures.application(ServiceFixtures.configuration(maxVisits: 2))
        try await few.test(.router) { client in
            let response = try await client.execute(uri: "/v1/plans", method: .post, body: ServiceFixtures.planBody())
            #expect(response.status == .contentTooLarge)
            #expect(ServiceFixtures.pointers(try ServiceFixtures.object(response)) == ["/scenario/visits"])
        }
    }

    @Test func keysAreRequiredWhenConfigured() async throws {
        let app = try await ServiceFixtures.application(ServiceFixtures.configuration(apiKeys: ["secret"]))
        try await app.test(.router) { client in
            let anonymous = try await client.execute(uri: "/v1/plans/x", method: .get)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.headers[.wwwAuthenticate] == "Bearer")
            let wrong = try await client.execute(uri: "/v1/plans/x", method: .get, headers: [.authorization: "Bearer nope"])
            #expect(wrong.status == .unauthorized)
            let right = try await client.execute(
                uri: "/v1/plans?wait=30", method: .post, headers: [.authorization: "Bearer secret"],
                body: ServiceFixtures.planBody())
            #expect(right.status == .ok)
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .ok)
        }
    }

    @Test func publicAddressWithoutKeysIsRefused() async throws {
        var configuration = ServiceConfiguration(host: "0.0.0.0", port: 0)
        configuration.apiKeys = []
        await #expect(throws: ServiceSetupError.self) {
            _ = try await buildApplication(configuration, store: InMemoryJobStore())
        }
    }

    @Test func unknownRouteIsAProblemToo() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/v2/nothing", method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "application/problem+json")
        }
    }
}
