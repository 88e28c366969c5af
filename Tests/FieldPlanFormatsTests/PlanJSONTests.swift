import FieldPlanFormats
import FieldPlanModel
import Foundation
import Testing

@Suite("Plan JSON")
struct PlanJSONTests {
    /// A plan with a visit stop, a break and a left-out visit; times in whole or half minutes.
    private let plan = Plan(
        routes: [
            Route(technician: "t1", start: 480, end: 700.5, stops: [
                .visit("v1", arrival: 490, start: 540, end: 570),
                .breakStop(arrival: 570, start: 570, end: 600),
                .visit("v2", arrival: 612.5, start: 612.5, end: 657.5),
            ]),
        ],
        unassigned: [LeftOutVisit(visit: "v3", reasons: [LeftOutReason(.capacity, "needs 12 parts, carries 10")])],
        summary: PlanSummary(
            distance: 20.5, travelTime: 41, routes: 1, assigned: 2, unassigned: 1, lateness: 0, overtime: 0,
            cost: 1061.25, status: .feasible, bound: 1000, gap: 0.0577, strategy: "alns", seed: 42,
            elapsedSeconds: 0.25, distanceConvention: .exact))

    private func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func undatedRoundTripUsesMinutes() throws {
        let scenario = Scenario(technicians: [], visits: [])
        let data = PlanWriter.json(plan, scenario: scenario)
        let routes = try #require(try object(data)["routes"] as? [[String: Any]])
        let stops = try #require(routes.first?["stops"] as? [[String: Any]])
        #expect(stops[0]["start"] as? Double == 540)
        #expect(stops[0]["type"] as? String == "visit")
        #expect(stops[0]["waiting"] as? Double == 50)
        #expect(stops[1]["type"] as? String == "break")
        #expect(stops[1]["waiting"] == nil)
        #expect(try PlanReader.read(data: data, name: "plan.json", scenario: scenario) == plan)
    }

    @Test func datedRoundTripUsesISOWithOffset() throws {
        let scenario = Scenario(date: "2026-11-30", timeZone: "Europe/Berlin", technicians: [], visits: [])
        let data = PlanWriter.json(plan, scenario: scenario)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"2026-11-30T09:00:00+01:00\""))
        #expect(text.contains("\"2026-11-30T10:12:30+01:00\""))
        #expect(try PlanReader.read(data: data, name: "plan.json", scenario: scenario) == plan)
    }

    @Test func summaryFieldsAndSortedKeys() throws {
        let data = PlanWriter.json(plan, scenario: Scenario(technicians: [], visits: []))
        let summary = try #require(try object(data)["summary"] as? [String: Any])
        #expect(Set(summary.keys) == [
            "distance", "travelTime", "routes", "assigned", "unassigned", "lateness", "overtime", "cost",
            "status", "bound", "gap", "strategy", "seed", "elapsedSeconds", "distanceConvention",
        ])
        let text = String(decoding: data, as: UTF8.self)
        let assigned = try #require(text.range(of: "\"assigned\""))
        let bound = try #require(text.range(of: "\"bound\""))
        #expect(assigned.lowerBound < bound.lowerBound)
    }

    @Test func malformedPlansGiveLocatedErrors() {
        let scenario = Scenario(technicians: [], visits: [])
        func issue(_ text: String) -> ScenarioIssue? {
            do {
                _ = try PlanReader.read(data: Data(text.utf8), name: "plan.json", scenario: scenario)
                return nil
            } catch {
                return error.issues.first
            }
        }
        let valid = String(decoding: PlanWriter.json(plan, scenario: scenario), as: UTF8.self)
        #expect(issue("{\"routes\": [")?.location == "line 1, column 13")
        let badType = valid.replacingOccurrences(of: "\"type\" : \"break\"", with: "\"type\" : \"lunch\"")
        #expect(issue(badType)?.location == "routes[0].stops[1].type")
        let badTime = valid.replacingOccurrences(of: "\"start\" : 540", with: "\"start\" : \"09:00\"")
        #expect(issue(badTime)?.location == "routes[0].stops[0].start")
        let missing = valid.replacingOccurrences(of: "\"technician\" : ", with: "\"technicien\" : ")
        #expect(issue(missing)?.code == .missingField)
        #expect(issue(missing)?.location == "routes[0].technician")
    }
}
