import FieldPlan
import FieldPlanTestSupport
import Foundation
import Testing

/// CSV files + configuration → scenario → plan: located errors, skipped rows, contracts, profiles.
@Suite struct DispatchScenarioTests {
    private let team = """
        id;name;skills;latitude;longitude;shift_start;shift_end;breaks;profile
        anna;Anna;"gas:2;heating:1";52,50;13,40;08:00;16:00;30@11:30-13:30;van
        ben;Ben;electrical:2;52,52;13,42;08:00;16:00;;bike

        """
    private let visits = """
        id,customer,latitude,longitude,duration,skills,windows,contract,requested,sla_deadline
        v1,Alpha,52.51,13.41,30,gas:1,08:00-12:00,gold,2026-11-30 07:00,
        v2,Beta,52.52,13.40,45,electrical:1,,silver,2026-11-27 15:00,
        v3,Gamma,52.505,13.43,20,,,,,10:30

        """

    private func config() throws -> PlanningConfig {
        try PlanningConfigReader.read(data: Data("""
            timeZone: Europe/Berlin
            travel: {profiles: {van: {speedFactor: 1}, bike: {speedFactor: 0.5}}}
            contracts:
              gold: {respondWithinHours: 4, penaltyPerMinute: 2, priority: 3}
              silver: {respondBy: next-business-day}
            """.utf8), name: "planning.yaml")
    }

    private func build(team: String? = nil, visits: String? = nil, skip: Bool = false) throws -> DispatchScenario {
        try DispatchScenarioBuilder(date: "2026-11-30", config: try config(), skipBadRows: skip)
            .build(team: Data((team ?? self.team).utf8), teamFile: "team.csv",
                   visits: Data((visits ?? self.visits).utf8), visitsFile: "visits.csv")
    }

    @Test func contractsBecomeDeadlinesAndProfilesSpeedFactors() throws {
        let scenario = try build().scenario
        let v1 = try #require(scenario.visits.first { $0.id == "v1" })
        // Requested 07:00 Monday; business hours from 08:00: 4 h → 12:00 = 720 minutes.
        #expect(v1.sla == ServiceLevel(deadline: .minutes(720), penaltyPerMinute: 2))
        #expect(v1.priority == 3)
        let v2 = try #require(scenario.visits.first { $0.id == "v2" })
        #expect(v2.sla?.deadline == .minutes(17 * 60))
        #expect(scenario.visits[2].sla?.deadline == .clock(hour: 10, minute: 30, second: 0))
        #expect(scenario.technicians.map(\.speedFactor) == [1, 0.5])
        #expect(scenario.timeZone == "Europe/Berlin")
    }

    @Test func theDemoDayPlansValid() async throws {
        let scenario = try build().scenario
        let result = try await DispatchJob(scenario: scenario, search: .init(strategy: "regret", timeLimit: 5, threads: 1)).run()
        expectValid(result.plan, scenario)
        #expect(result.plan.summary.assigned == 3)
        #expect(result.exitStatus == .solved)
    }

    @Test func everyBadRowOfBothFilesIsReportedAtOnce() {
        let badTeam = team.replacingOccurrences(of: "ben;Ben;electrical:2", with: "ben;Ben;electrical:two")
        let badVisits = visits
            .replacingOccurrences(of: "v2,Beta", with: "v1,Beta")
            .replacingOccurrences(of: ",gold,", with: ",platinum,")
        #expect {
            try build(team: badTeam, visits: badVisits)
        } throws: { error in
            let text = (error as? DispatchInputError)?.description ?? ""
            return text == """
                team.csv: line 3, column 9: skills: "electrical:two" is not skill:level (e.g. gas:2)
                visits.csv: line 2, column 43: unknown contract "platinum" (the configuration has: gold, silver)
                """
        }
    }

    @Test func crossRowIssuesAreLocatedInTheFile() {
        let badVisits = visits.replacingOccurrences(of: "v2,Beta", with: "v1,Beta")
        #expect {
            try build(visits: badVisits)
        } throws: { error in
            let text = (error as? DispatchInputError)?.description ?? ""
            return text.hasPrefix("visits.csv: line 3, column 1:") && text.contains("v1")
        }
    }

    @Test func skipBadRowsPlansTheRestAndListsTheSkipped() throws {
        let badVisits = visits.replacingOccurrences(of: "v3,Gamma,52.505", with: "v3,Gamma,152.505")
        let built = try build(visits: badVisits, skip: true)
        #expect(built.scenario.visits.map(\.id) == ["v1", "v2"])
        #expect(built.skipped.map(\.line) == [4])
        #expect(built.skipped.first?.description.hasPrefix("visits.csv: line 4 skipped: line 4, column 10:") == true)
    }

    @Test func theBundledDemoFilesBuildTheDemoDay() throws {
        let root = TestScenarios.root.appendingPathComponent("Scenarios/demo")
        let (config, matrix) = try DispatchScenarioBuilder.loadConfig(root.appendingPathComponent("planning.yaml").path)
        let built = try DispatchScenarioBuilder(date: "2026-11-30", config: config, matrix: matrix)
            .build(teamFile: root.appendingPathComponent("team.csv").path,
                   visitsFile: root.appendingPathComponent("visits.csv").path)
        #expect(built.scenario.technicians.count == 12)
        #expect(built.scenario.visits.count == 117)
        #expect(built.scenario.visits.filter { $0.sla != nil }.count >= 8)
        #expect(built.skipped.isEmpty)
    }

    @Test func aMatrixFileReplacesGeographicTravel() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("matrix-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let ids = ["anna", "ben", "v1", "v2", "v3"]
        var text = "," + ids.joined(separator: ",") + "\n"
        for (i, id) in ids.enumerated() {
            text += id + "," + ids.indices.map { j in String(abs(i - j) * 7) }.joined(separator: ",") + "\n"
        }
        try Data(text.utf8).write(to: url)
        let matrix = try TravelMatrixFile.read(contentsOf: url.path)
        #expect(matrix.matrix.durations[0][4] == 28)
        let scenario = try DispatchScenarioBuilder(date: "2026-11-30", config: try config(), matrix: matrix)
            .build(team: Data(team.utf8), teamFile: "team.csv", visits: Data(visits.utf8), visitsFile: "visits.csv").scenario
        #expect(scenario.travel.kind == .matrix)
        #expect(scenario.visits.map(\.location) == [.matrixIndex(2), .matrixIndex(3), .matrixIndex(4)])
        let result = try await DispatchJob(scenario: scenario, search: .init(strategy: "regret", timeLimit: 5, threads: 1)).run()
        expectValid(result.plan, scenario)
    }

    @Test func aMatrixMissingAnIdIsReported() throws {
        let matrix = TravelMatrixFile(ids: ["anna", "v1"], matrix: TravelMatrix(durations: [[0, 5], [5, 0]]))
        #expect(throws: DispatchInputError.self) {
            try DispatchScenarioBuilder(date: "2026-11-30", config: try config(), matrix: matrix)
                .build(team: Data(team.utf8), teamFile: "team.csv", visits: Data(visits.utf8), visitsFile: "visits.csv")
        }
    }
}
