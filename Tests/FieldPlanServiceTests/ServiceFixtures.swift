import FieldPlan
import FieldPlanService
import FieldPlanTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Scenarios, requests and app builders shared by the service tests.
enum ServiceFixtures {
    /// One technician at (0,0), shift 0–480 min; three visits on a line at x = 10, 20, 30.
    /// Any valid plan serves all three in one route (travel 60 min there and back).
    static let lineScenario = """
        {"technicians": [{"id": "t1", "start": {"x": 0, "y": 0}, "shift": {"start": 0, "end": 480}}],
         "visits": [{"id": "a", "location": {"x": 10, "y": 0}, "duration": 10},
                    {"id": "b", "location": {"x": 20, "y": 0}, "duration": 10},
                    {"id": "c", "location": {"x": 30, "y": 0}, "duration": 10}]}
        """

    /// A `POST /v1/plans` body for a scenario with options.
    static func planBody(_ scenario: String = lineScenario, options: String = #"{"timeLimit": 0.2, "iterations": 200}"#)
        -> ByteBuffer
    {
        ByteBuffer(string: #"{"scenario": \#(scenario), "options": \#(options)}"#)
    }

    /// The scenario value of a scenario text.
    static func scenario(_ text: String = lineScenario) throws -> Scenario {
        try ScenarioReader.read(data: Data(text.utf8), name: "scenario", format: .json)
    }

    /// A configuration for in-process tests: small limits, two solver slots.
    static func configuration(apiKeys: Set<String> = [], maxRequestBytes: Int = 1 << 20, maxVisits: Int = 100)
        -> ServiceConfiguration
    {
        ServiceConfiguration(
            host: "127.0.0.1", port: 0, apiKeys: apiKeys, maxConcurrentSolves: 2, defaultTimeLimit: 1, maxTimeLimit: 5,
            maxRequestBytes: maxRequestBytes, maxVisits: maxVisits, maxJobsPerKey: 8)
    }

    /// An application over an in-memory store.
    static func application(_ configuration: ServiceConfiguration = configuration()) async throws -> some ApplicationProtocol {
        try await buildApplication(configuration, store: InMemoryJobStore())
    }

    /// The body of a response parsed as a JSON object.
    static func object(_ response: TestResponse) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(buffer: response.body))
        return try #require(value as? [String: Any])
    }

    /// The plan embedded in a job response, read back with the plan reader.
    static func plan(in job: [String: Any], scenario: Scenario) throws -> Plan {
        let object = try #require(job["plan"] as? [String: Any])
        let data = try JSONSerialization.data(withJSONObject: object)
        return try PlanReader.read(data: data, name: "plan", scenario: scenario)
    }

    /// The pointers of a problem response's errors.
    static func pointers(_ problem: [String: Any]) -> [String] {
        ((problem["errors"] as? [[String: Any]]) ?? []).compactMap { $0["pointer"] as? String }
    }
}
