import FieldPlanModel
import Testing

@Suite("ScenarioValidator")
struct ScenarioValidatorTests {
    /// The single issue of a scenario, when there is exactly one.
    private func onlyIssue(_ scenario: Scenario) -> ScenarioIssue? {
        let issues = ScenarioValidator.issues(in: scenario)
        #expect(issues.count == 1, "expected one issue, got \(issues)")
        return issues.first
    }

    @Test func validScenarioHasNoIssues() {
        #expect(ScenarioValidator.issues(in: ValidatorFixtures.scenario()).isEmpty)
    }

    @Test func emptyVisitListIsAllowed() {
        var scenario = ValidatorFixtures.scenario()
        scenario.visits = []
        #expect(ScenarioValidator.issues(in: scenario).isEmpty)
    }

    @Test func scenarioWithoutTechniciansIsAnError() {
        var scenario = ValidatorFixtures.scenario()
        scenario.technicians = []
        scenario.visits = []
        let issue = onlyIssue(scenario)
        #expect(issue?.code == .invalidValue)
        #expect(issue?.location == "technicians")
    }

    @Test func duplicateAndEmptyIds() {
        var scenario = ValidatorFixtures.scenario()
        scenario.visits[2].id = "v1"
        scenario.visits[2].followUp = nil
        scenario.technicians[1].id = ""
        let issues = ScenarioValidator.issues(in: scenario)
        #expect(issues.contains {
            $0.code == .duplicateId && $0.location == "visits[2].id" && $0.message.contains("\"v1\" is used twice")
        })
        #expect(issues.contains { $0.code == .invalidValue && $0.location == "technicians[1].id" })
    }

    @Test func unknownSkillAgainstDeclaredList() {
        var scenario = ValidatorFixtures.scenario()
        scenario.skills = ["gas"]
        let issue = onlyIssue(scenario)
        #expect(issue?.code == .unknownSkill)
        #expect(issue?.location == "technicians[1].skills.electrical")
    }

    @Test func unknownSkillWhenNoTechnicianHasIt() {
        var scenario = ValidatorFixtures.scenario()
        scenario.visits[1].skills = ["plumbing": 1]
        let issue = onlyIssue(scenario)
        #expect(issue?.code == .unknownSkill)
        #expect(issue?.location == "visits[1].skills.plumbing")
        #expect(issue?.message.contains("no technician has skill \"plumbing\"") == true)
    }

    @Test func windowEndsBeforeStart() {
        var scenario = ValidatorFixtures.scenario()
        scenario.visits[0].timeWindows = [TimeWindow(start: ValidatorFixtures.at(9), end: ValidatorFixtures.at(7))]
        let issue = onlyIssue(scenario)
        #expect(issue?.code == .windowEndsBeforeStart)
        #expect(issue?.location == "visits[0].timeWindows[0]")
        #expect(issue?.message == "visit \"v1\": time window ends (07:00) before it starts (09:00)")
    }

    @Test func shiftAndBreakWindowsEndingBeforeStart() {
        var scenario = ValidatorFixtures.scenario()
        scenario.technicians[0].shift = Shift(start: .minutes(600), end: .minutes(480))
        scenario.technicians[1].breaks = [Break(duration: -5, earliestStart: ValidatorFixtures.at(13),
                                                latestStart: ValidatorFixtures.at(12))]
        let issues = ScenarioValidator.issues(in: scenario)
        #expect(issues.map(\.location) == [
            "technicians[0].shift", "technicians[1].breaks[0].duration", "technicians[1].breaks[0]",
        ])
        #expect(issues.map(\.code) == [.windowEndsBeforeStart, .negativeDuration, .windowEndsBeforeStart])
    }

    @Test func negativeAndNonFiniteDurations() {
        var scenario = ValidatorFixtures.scenario()
        scenario.visits[0].duration = -10
        scenario.visits[1].duration = .infinity
        let issues = ScenarioValidator.issues(in: scenario)
        #expect(issues.count == 2)
        #expect(issues.first?.code == .negativeDuration)
        #expect(issues.first?.location == "visits[0].duration")
        #expect(issues.first?.message.contains("negative") == true)
        #expect(issues.last?.code == .invalidValue)
        #expect(issues.last?.location == "visits[1].duration")
    }

    @Test func followUpCycleIsReportedOnceNamingItsVisits() {
        var scenario = ValidatorFixtures.scenario()
        scenario.visits[0].followUp = FollowUp(after: "v3")
        scenario.visits[1].followUp = FollowUp(after: "v1")
        // v3 already follows v2: v1 → v3 → v2 → v1.
        let issue = onlyIssue(scenario)
        #expect(issue?.code == .followUpCycle)
        #expect(issue?.location == "visits[0].followUp")
        for id in ["\"v1\"", "\"v2\"", "\"v3\""] {
            #expect(issue?.message.contains(id) == true)
        }
    }

    @Test func followUpOfItselfAndOfUnknownVisit() {
        var scenario = ValidatorFixtures.scenario()
        scenario.visits[0].followUp = FollowUp(after: "v1")
        scenario.visits[2].followUp = FollowUp(after: "v9")
        let issues = ScenarioValidator.issues(in: scenario)
        #expect(issues.map(\.code) == [.followUpCycle, .unknownVisit])
        #expect(issues.map(\.location) == ["visits[0].followUp.after", "visits[2].followUp.after"])
    }

    @Test func unknownTechnicianReferencesAndContradiction() {
        var scenario = ValidatorFixtures.scenario()
        scenario.visits[0].preferredTechnicians = ["t9"]
        scenario.visits[1].excludedTechnicians = ["t1", "nobody"]
        scenario.visits[1].pinnedTechnician = "t1"
        let issues = ScenarioValidator.issues(in: scenario)
        #expect(issues.map(\.code) == [.unknownTechnician, .unknownTechnician, .contradiction])
        #expect(issues.map(\.location) == [
            "visits[0].preferredTechnicians[0]", "visits[1].excludedTechnicians[1]", "visits[1].pinnedTechnician",
        ])
        #expect(issues[0].message.contains("\"t9\" does not exist"))
    }

    @Test func locationMismatch() {
        var scenario = ValidatorFixtures.scenario()
        scenario.visits[1].location = .geographic(latitude: 52.5, longitude: 13.4)
        let issue = onlyIssue(scenario)
        #expect(issue?.code == .locationMismatch)
        #expect(issue?.location == "visits[1].location")
        #expect(issue?.message.contains("travel is euclidean") == true)
    }

    @Test func matrixChecks() {
        var scenario = ValidatorFixtures.scenario()
        scenario.travel = TravelSettings(kind: .matrix, matrix: TravelMatrix(
            durations: [[0, 5, 7], [5, 0, -1], [7, 3]], distances: [[0, 1], [1, 0]]))
        scenario.technicians = scenario.technicians.map { var t = $0; t.start = .matrixIndex(0); return t }
        scenario.visits = scenario.visits.enumerated().map { var v = $1; v.location = .matrixIndex($0 + 1); return v }
        let issues = ScenarioValidator.issues(in: scenario)
        #expect(issues.map(\.location) == [
            "travel.matrix.durations[1][2]", "travel.matrix.durations[2]", "travel.matrix.distances",
            "visits[2].location.index",
        ])
        #expect(issues.last?.code == .locationMismatch)
    }

    @Test func badDateAndTimeZone() {
        var scenario = ValidatorFixtures.scenario()
        scenario.date = "2026-02-30"
        scenario.timeZone = "Mars/Olympus"
        let issues = ScenarioValidator.issues(in: scenario)
        #expect(issues.map(\.location) == ["date", "timeZone"])
        #expect(issues.allSatisfy { $0.code == .invalidValue })
        #expect(issues[0].message.contains("YYYY-MM-DD"))
    }

    @Test func rangeChecksCollectEveryIssue() {
        var scenario = ValidatorFixtures.scenario()
        scenario.technicians[0].speedFactor = 0
        scenario.technicians[0].workDurationFactor = .nan
        scenario.technicians[0].capacity = -1
        scenario.technicians[0].maxVisits = -2
        scenario.technicians[0].costPerHour = -3
        scenario.technicians[0].skills["gas"] = -1
        scenario.visits[1].priority = -1
        scenario.visits[1].demand = -4
        scenario.visits[1].location = .planar(x: .nan, y: 0)
        scenario.objective.visitPenalty = -1
        let locations = Set(ScenarioValidator.issues(in: scenario).map(\.location))
        #expect(locations == [
            "objective.visitPenalty", "technicians[0].skills.gas", "technicians[0].costPerHour",
            "technicians[0].workDurationFactor", "technicians[0].speedFactor", "technicians[0].maxVisits",
            "technicians[0].capacity", "visits[1].location", "visits[1].priority", "visits[1].demand",
        ])
    }

    @Test func datedScenarioComparesResolvedTimes() {
        var scenario = ValidatorFixtures.scenario()
        scenario.date = "2026-03-29"
        scenario.timeZone = "Europe/Berlin"
        scenario.visits[0].timeWindows = [TimeWindow(start: ValidatorFixtures.at(1, 30), end: .minutes(150))]
        // 01:30 is 90 minutes after midnight; 150 minutes is 03:30 local after the clocks jump: fine.
        #expect(ScenarioValidator.issues(in: scenario).isEmpty)
    }
}
