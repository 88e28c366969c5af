import FieldPlanFormats
import FieldPlanModel
import FieldPlanTestSupport
import Foundation
import Testing

@Suite("Plan JSON explanations and embedded scenario")
struct PlanExplanationJSONTests {
    private let scenario = Scenario(
        name: "explained", date: "2026-11-30", timeZone: "Europe/Berlin",
        technicians: [Technician(id: "t", start: .planar(x: 0, y: 0),
                                 shift: Shift(start: .clock(hour: 8, minute: 0, second: 0),
                                              end: .clock(hour: 16, minute: 0, second: 0)))],
        visits: [
            Visit(id: "a", location: .planar(x: 10, y: 0), duration: 30,
                  sla: ServiceLevel(deadline: .clock(hour: 8, minute: 5, second: 0))),
            Visit(id: "b", location: .planar(x: 90, y: 0), duration: 30, penalty: 20),
        ])

    private func plan() -> Plan {
        var plan = PlanBuilderForTests.plan(scenario, routes: ["t": ["a"]])
        plan.unassigned = [LeftOutVisit(
            visit: "b", reasons: [LeftOutReason(.notWorthIt, "t could take it")], penalty: 20,
            options: [InsertionOption(technician: "t", after: "a", start: 600, extraCost: 160,
                                      extraTravelMinutes: 160, extraDistance: 160, extraOvertime: 0)])]
        plan.lateVisits = [LateVisit(visit: "a", technician: "t", deadline: 485, start: 490, minutesLate: 5,
                                     earliestStart: 490, reason: "5 min late")]
        return plan
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plan-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func explanationsRoundTrip() throws {
        let original = plan()
        let data = PlanWriter.json(original, scenario: scenario)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"earliestStart\" : \"2026-11-30T08:10:00+01:00\""))
        #expect(!text.contains("\"scenario\""))
        #expect(try PlanReader.read(data: data, name: "plan.json", scenario: scenario) == original)
    }

    @Test func embeddedScenarioIsReadBackWithThePlan() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("plan.json").path
        try PlanWriter.json(plan(), scenario: scenario, reference: .embedded).write(to: URL(fileURLWithPath: path))
        let read = try PlanReader.readWithScenario(contentsOf: path)
        #expect(read.scenario == scenario)
        #expect(read.plan == plan())
        expectValid(read.plan, read.scenario)
    }

    @Test func namedScenarioFileIsFoundBesideThePlan() throws {
        let folder = try temporaryFolder()
        let encoder = JSONEncoder()
        try encoder.encode(scenario).write(to: folder.appendingPathComponent("day.json"))
        let path = folder.appendingPathComponent("plan.json").path
        try PlanWriter.json(plan(), scenario: scenario, reference: .file("day.json"))
            .write(to: URL(fileURLWithPath: path))
        let read = try PlanReader.readWithScenario(contentsOf: path)
        #expect(read.scenario.visits.map(\.id) == ["a", "b"])
        #expect(read.plan == plan())
    }

    @Test func planWithoutScenarioIsALocatedError() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("plan.json").path
        try PlanWriter.json(plan(), scenario: scenario).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try PlanReader.readWithScenario(contentsOf: path)
        } throws: { error in
            String(describing: error).contains("scenario") && String(describing: error).contains("plan.json")
        }
    }
}
