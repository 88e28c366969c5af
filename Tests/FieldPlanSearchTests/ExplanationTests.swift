import FieldPlanModel
import FieldPlanTestSupport
import Testing
@testable import FieldPlanSearch

// Each test builds a small planar scenario (1 unit of distance = 1 minute; times are nominal
// minutes, shown as HH:MM) that triggers one kind of explanation, then checks its text and figures.

private func technician(
    _ id: String, at x: Double = 0, shift: (Double, Double) = (480, 1000), skills: [String: Int] = [:],
    capacity: Double? = nil, allowedOvertime: Double = 0
) -> Technician {
    Technician(id: id, skills: skills, start: .planar(x: x, y: 0),
               shift: Shift(start: .minutes(shift.0), end: .minutes(shift.1)),
               allowedOvertime: allowedOvertime, capacity: capacity)
}

private func visit(
    _ id: String, x: Double, duration: Double = 5, window: (Double, Double)? = nil, mandatory: Bool = false,
    penalty: Double? = nil, skills: [String: Int] = [:], sla: ServiceLevel? = nil, demand: Double = 0,
    excluded: [String] = []
) -> Visit {
    Visit(id: id, location: .planar(x: x, y: 0), duration: duration, skills: skills,
          timeWindows: window.map { [TimeWindow(start: .minutes($0.0), end: .minutes($0.1))] } ?? [],
          sla: sla, mandatory: mandatory, penalty: penalty, excludedTechnicians: excluded, demand: demand)
}

private func solve(_ scenario: Scenario) throws -> Plan {
    let problem = try Problem(scenario: scenario)
    let plan = InsertionStrategy.regret.plan(problem, context: SearchContext(options: PlanningOptions(timeLimit: nil)))
    expectValid(plan, scenario)
    return plan
}

private func leftOut(_ id: String, in plan: Plan) throws -> LeftOutVisit {
    try #require(plan.unassigned.first { $0.visit == id })
}

@Test func missingSkillLevelNamesTheSkillAndTheBestLevel() throws {
    let scenario = Scenario(
        technicians: [technician("anna", skills: ["gas": 1]), technician("ben", skills: ["gas": 1, "it": 1])],
        visits: [visit("boiler", x: 10, skills: ["gas": 2])])
    let entry = try leftOut("boiler", in: try solve(scenario))
    #expect(entry.reasons.map(\.code) == [.noQualifiedTechnician])
    #expect(entry.reasons[0].message == "no technician has skill gas level 2 (the highest is level 1, anna)")
    #expect(entry.options.map(\.obstacle) == ["has gas level 1, level 2 needed", "has gas level 1, level 2 needed"])
}

@Test func noShiftBeforeTheHardDeadline() throws {
    let scenario = Scenario(
        technicians: [technician("anna", shift: (480, 1000)), technician("ben", shift: (540, 1000))],
        visits: [visit("urgent", x: 10, sla: ServiceLevel(deadline: .minutes(420), hard: true))])
    let entry = try leftOut("urgent", in: try solve(scenario))
    #expect(entry.reasons.map(\.code) == [.deadlineUnreachable])
    #expect(entry.reasons[0].message == "no technician works before the deadline 07:00 (the earliest shift starts 08:00)")
}

@Test func unreachableHardDeadlineGivesTheEarliestArrival() throws {
    let scenario = Scenario(
        technicians: [technician("anna", shift: (480, 1000))],
        visits: [visit("urgent", x: 60, sla: ServiceLevel(deadline: .minutes(500), hard: true))])
    let entry = try leftOut("urgent", in: try solve(scenario))
    #expect(entry.reasons.map(\.code) == [.deadlineUnreachable])
    #expect(entry.reasons[0].message.hasPrefix("the deadline 08:20 cannot be met even going straight from home"))
    #expect(entry.reasons[0].message.contains("the earliest arrival is 09:00 (shift start 08:00 + 60 min travel"))
}

@Test func windowEndingBeforeEveryShift() throws {
    let scenario = Scenario(
        technicians: [technician("anna", shift: (480, 1000)), technician("ben", shift: (500, 1000))],
        visits: [visit("early", x: 10, window: (420, 450))])
    let entry = try leftOut("early", in: try solve(scenario))
    #expect(entry.reasons.map(\.code) == [.noWindowInShift])
    #expect(entry.reasons[0].message == "time window 07:00–07:30 ends before any shift starts (the earliest at 08:00)")
}

@Test func windowStartingAfterEveryShift() throws {
    let scenario = Scenario(
        technicians: [technician("anna", shift: (480, 960), allowedOvertime: 30)],
        visits: [visit("late", x: 10, window: (1080, 1140))])
    let entry = try leftOut("late", in: try solve(scenario))
    #expect(entry.reasons.map(\.code) == [.noWindowInShift])
    #expect(entry.reasons[0].message
        == "time window 18:00–19:00 starts after every shift ends (the latest at 16:30, overtime included)")
}

@Test func demandAboveEveryCapacity() throws {
    let scenario = Scenario(
        technicians: [technician("anna", capacity: 3), technician("ben", capacity: 2)],
        visits: [visit("parts", x: 10, demand: 5)])
    let entry = try leftOut("parts", in: try solve(scenario))
    #expect(entry.reasons.map(\.code) == [.capacity])
    #expect(entry.reasons[0].message == "capacity: it needs 5 parts, and the allowed technicians carry at most 3")
    #expect(entry.options.first?.obstacle == "carries at most 3 parts; the visit needs 5")
}

@Test func everyQualifiedTechnicianExcluded() throws {
    let scenario = Scenario(
        technicians: [technician("anna", skills: ["gas": 2]), technician("ben")],
        visits: [visit("boiler", x: 10, skills: ["gas": 1], excluded: ["anna"])])
    let entry = try leftOut("boiler", in: try solve(scenario))
    #expect(entry.reasons.map(\.code) == [.noAllowedTechnician])
    #expect(entry.reasons[0].message.contains("(anna)"))
    #expect(entry.options.map(\.obstacle) == ["is excluded from this visit", "lacks gas (level 1 needed)"])
}

@Test func droppedForCostNamesTheCheapestInsertionAndItsFigures() throws {
    // anna serves "near" (x 10) and is back at 08:20; "far" (x 100) would add 180 minutes of travel
    // (0→100→10→0 or 0→10→100→0 instead of 0→10→0) and run 60 minutes past her 10:30 shift end;
    // both orders cost the same, and the first position tried (before "near") is kept.
    let scenario = Scenario(
        technicians: [technician("anna", shift: (480, 630), allowedOvertime: 100)],
        visits: [visit("near", x: 10, mandatory: true), visit("far", x: 100, penalty: 50)])
    let plan = try solve(scenario)
    let entry = try leftOut("far", in: plan)
    #expect(entry.reasons.map(\.code) == [.notWorthIt])
    let option = try #require(entry.options.first)
    #expect(option.technician == "anna" && option.isFeasible)
    #expect(option.after == nil)
    #expect(option.start == 580)
    #expect(abs((option.extraTravelMinutes ?? 0) - 180) < 1e-9)
    #expect(abs((option.extraDistance ?? 0) - 180) < 1e-9)
    #expect(abs((option.extraOvertime ?? 0) - 60) < 1e-9)
    #expect(abs((option.extraCost ?? 0) - 180) < 1e-6)
    #expect(entry.penalty == 50)
    #expect(entry.reasons[0].message
        == "anna could take it (start 09:40, +180 min travel, +180.0, +60 min overtime) at an extra cost of 180.00, "
        + "more than its penalty 50.00")
}

@Test func fullRouteLeavesNoRoom() throws {
    // Both visits must start at 08:10 exactly; anna can serve only one of them.
    let scenario = Scenario(
        technicians: [technician("anna")],
        visits: [visit("a", x: 10, duration: 10, window: (490, 490), mandatory: true),
                 visit("b", x: 10, duration: 10, window: (490, 490))])
    let entry = try leftOut("b", in: try solve(scenario))
    #expect(entry.reasons.map(\.code) == [.noRoom])
    #expect(entry.reasons[0].message.hasPrefix("no route has room for it: the days of anna are full"))
    #expect(entry.options.first?.obstacle?.hasPrefix("no room in the route") == true)
}

@Test func lateFirstVisitIsBoundByShiftStartAndTravelFromHome() throws {
    let scenario = Scenario(
        technicians: [technician("anna", shift: (480, 1000))],
        visits: [visit("v", x: 100, mandatory: true, sla: ServiceLevel(deadline: .minutes(540)))])
    let plan = try solve(scenario)
    let late = try #require(plan.lateVisits.first)
    #expect(plan.lateVisits.count == 1)
    #expect(late.visit == "v" && late.technician == "anna")
    #expect(late.minutesLate == 40 && late.earliestStart == 580 && late.start == 580)
    #expect(late.reason == "40 min late for the deadline 09:00: anna's shift starts 08:00 and the trip from home "
        + "takes 100 min, so it cannot start before 09:40")
}

@Test func lateVisitIsBoundByThePreviousVisit() throws {
    // "a" must start by 08:20 and lasts 100 minutes; "b", 10 further on, is due at 08:30.
    let scenario = Scenario(
        technicians: [technician("anna", shift: (480, 1000))],
        visits: [visit("a", x: 10, duration: 100, window: (480, 500), mandatory: true),
                 visit("b", x: 20, mandatory: true, sla: ServiceLevel(deadline: .minutes(510)))])
    let plan = try solve(scenario)
    let late = try #require(plan.lateVisits.first)
    #expect(late.visit == "b")
    #expect(late.minutesLate == 90 && late.earliestStart == 600)
    #expect(late.reason.contains("the previous visit a ends 09:50 and the trip takes 10 min"))
}

@Test func servedVisitAlternativesComeFromRealInsertions() throws {
    let scenario = Scenario(
        technicians: [technician("anna", skills: ["it": 1]), technician("ben", at: 50, skills: ["gas": 1]),
                      technician("cem")],
        visits: [visit("a", x: 10, mandatory: true, skills: ["it": 1]),
                 visit("b", x: 45, mandatory: true, skills: ["gas": 1])])
    let plan = try solve(scenario)
    let explainer = PlanExplainer(problem: try Problem(scenario: scenario), plan: plan)
    #expect(explainer.isRebuilt)
    let options = try #require(explainer.alternatives(for: "b"))
    #expect(options.map(\.technician) == ["anna", "ben", "cem"])
    #expect(options[0].obstacle == "lacks gas (level 1 needed)")
    #expect(options[2].obstacle == "lacks gas (level 1 needed)")
    #expect(options[1].isFeasible && abs((options[1].extraTravelMinutes ?? 0) - 10) < 1e-9)
    #expect(explainer.alternatives(for: "nope") == nil)
    #expect(explainer.leftOut("b") == nil)
}

/// A plan built once the time limit has passed explains its left-out visits without options:
/// a scenario reason when one holds, otherwise `not-analysed` (not `no-room`: nothing was checked).
@Test func visitsLeftOutPastTheTimeLimitAreNotAnalysed() throws {
    let scenario = Scenario(
        technicians: [technician("anna")],
        visits: [visit("a", x: 10, duration: 10, window: (490, 490), mandatory: true),
                 visit("b", x: 10, duration: 10, window: (490, 490)),
                 visit("c", x: 10, window: (420, 450))])
    let problem = try Problem(scenario: scenario)
    var solution = Solution(problem: problem)
    let inserted = solution.insert(0, technician: 0, at: 0)
    #expect(inserted)
    let stopped = SearchContext(options: PlanningOptions(timeLimit: nil))
    stopped.cancellation.cancel()
    let plan = PlanBuilder(problem: problem).plan(from: solution, strategy: "test", context: stopped)
    expectValid(plan, scenario)
    let b = try leftOut("b", in: plan)
    #expect(b.reasons.map(\.code) == [.notAnalysed])
    #expect(b.reasons[0].message.contains("not computed in time"))
    #expect(b.options.isEmpty)
    #expect(try leftOut("c", in: plan).reasons.map(\.code) == [.noWindowInShift])
    let explained = PlanBuilder(problem: problem).plan(
        from: solution, strategy: "test", context: SearchContext(options: PlanningOptions(timeLimit: nil)))
    #expect(try leftOut("b", in: explained).reasons.map(\.code) == [.noRoom])
}
