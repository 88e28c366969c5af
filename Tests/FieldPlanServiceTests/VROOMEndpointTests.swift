import FieldPlan
import FieldPlanService
import FieldPlanTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `POST /vroom` and the VROOM reader and writer on hand-checkable problems.
@Suite struct VROOMEndpointTests {
    /// Locations 0–3 on a line, 600 s apart; one vehicle based at 0; jobs at 1, 2, 3 with 300 s
    /// service. The best tour 0→1→2→3→0 travels 3600 s, so it costs 3600 at VROOM's default 3600 per hour.
    static func problem(vehicle: String = #"{"id": 7, "start_index": 0, "end_index": 0}"#, jobs: String? = nil,
                        matrixKey: String = "matrices") -> String {
        let matrix = (0..<4).map { i in "[" + (0..<4).map { j in String(abs(i - j) * 600) }.joined(separator: ",") + "]" }
            .joined(separator: ",")
        let travel = matrixKey == "matrix" ? #""matrix": [\#(matrix)]"# : #""matrices": {"car": {"durations": [\#(matrix)]}}"#
        let jobList = jobs ?? (1...3).map { #"{"id": \#($0 * 10), "location_index": \#($0), "service": 300}"# }
            .joined(separator: ",")
        return #"{"vehicles": [\#(vehicle)], "jobs": [\#(jobList)], \#(travel)}"#
    }

    static func solve(_ text: String) async throws -> (solution: [String: Any], plan: Plan, problem: VROOMProblem) {
        let problem = try VROOMReader.read(data: Data(text.utf8))
        let plan = try await Planner().solve(problem.scenario, options: PlanningOptions(timeLimit: 5, iterationLimit: 300))
        expectValid(plan, problem.scenario)
        let data = VROOMWriter.json(plan, problem: problem, solvingMilliseconds: 1)
        return (try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]), plan, problem)
    }

    static func summary(_ solution: [String: Any]) throws -> [String: Any] {
        try #require(solution["summary"] as? [String: Any])
    }

    @Test func lineTourHasTheHandComputedCostAndSteps() async throws {
        let (solution, _, _) = try await Self.solve(Self.problem())
        let summary = try Self.summary(solution)
        #expect(solution["code"] as? Int == 0)
        #expect(summary["cost"] as? Int == 3600)
        #expect(summary["duration"] as? Int == 3600)
        #expect(summary["service"] as? Int == 900)
        #expect(summary["unassigned"] as? Int == 0)
        let route = try #require((solution["routes"] as? [[String: Any]])?.first)
        #expect(route["vehicle"] as? Int == 7)
        let steps = try #require(route["steps"] as? [[String: Any]])
        #expect(steps.map { $0["type"] as? String } == ["start", "job", "job", "job", "end"])
        #expect(Set(steps.compactMap { $0["id"] as? Int }) == [10, 20, 30])
        for (previous, next) in zip(steps, steps.dropFirst()) {
            let leave = (previous["arrival"] as? Int ?? 0) + (previous["waiting_time"] as? Int ?? 0)
                + (previous["service"] as? Int ?? 0)
            let travel = (next["duration"] as? Int ?? 0) - (previous["duration"] as? Int ?? 0)
            #expect(next["arrival"] as? Int == leave + travel)
        }
    }

    @Test func speedFactorScalesTravelButNotService() async throws {
        let (solution, _, _) = try await Self.solve(
            Self.problem(vehicle: #"{"id": 1, "start_index": 0, "end_index": 0, "speed_factor": 2}"#))
        let summary = try Self.summary(solution)
        #expect(summary["duration"] as? Int == 1800)
        #expect(summary["service"] as? Int == 900)
        #expect(summary["cost"] as? Int == 1800)
    }

    @Test func skillsAndCapacityLeaveJobsOut() async throws {
        let jobs = """
            {"id": 1, "location_index": 1, "delivery": [1]}, {"id": 2, "location_index": 2, "delivery": [1]},
            {"id": 3, "location_index": 3, "delivery": [1], "skills": [5]}
            """
        let (solution, _, _) = try await Self.solve(
            Self.problem(vehicle: #"{"id": 1, "start_index": 0, "end_index": 0, "capacity": [1]}"#, jobs: jobs))
        let unassigned = try #require(solution["unassigned"] as? [[String: Any]])
        #expect(unassigned.count == 2)
        #expect(unassigned.contains { $0["id"] as? Int == 3 })
        let summary = try Self.summary(solution)
        #expect(summary["delivery"] as? [Int] == [1])
    }

    @Test func deprecatedTopLevelMatrixIsRead() async throws {
        let (solution, _, _) = try await Self.solve(Self.problem(matrixKey: "matrix"))
        #expect(try Self.summary(solution)["cost"] as? Int == 3600)
    }

    @Test func unsupportedFeaturesAreLocated() throws {
        let cases: [(String, String)] = [
            (Self.problem(vehicle: #"{"id": 1, "start_index": 0, "steps": []}"#), "vehicles[0].steps"),
            (Self.problem(jobs: #"{"id": 1, "location": [2.3, 48.8]}"#), "jobs[0].location_index"),
            (Self.problem(jobs: #"{"id": 1, "location_index": 1, "delivery": [1, 2]}"#), "jobs[0].delivery"),
        ]
        for (text, location) in cases {
            #expect(throws: ScenarioError.self) { try VROOMReader.read(data: Data(text.utf8)) }
            do {
                _ = try VROOMReader.read(data: Data(text.utf8))
            } catch {
                #expect(error.issues.map(\.location).contains(location), "\(error)")
            }
        }
    }

    @Test func endpointAnswersInVROOMShapeAndRejectsShipments() async throws {
        let app = try await ServiceFixtures.application()
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/vroom", method: .post, body: ByteBuffer(string: Self.problem()))
            #expect(response.status == .ok)
            let solution = try ServiceFixtures.object(response)
            #expect(try Self.summary(solution)["cost"] as? Int == 3600)
            let shipments = #"{"vehicles": [{"id": 1, "start_index": 0}], "shipments": [{}], "matrix": [[0]]}"#
            let rejected = try await client.execute(uri: "/vroom", method: .post, body: ByteBuffer(string: shipments))
            #expect(rejected.status == .badRequest)
            #expect(ServiceFixtures.pointers(try ServiceFixtures.object(rejected)) == ["/shipments"])
        }
    }
}
