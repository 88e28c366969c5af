import FieldPlanModel
import Testing
@testable import FieldPlanSearch

private func technician(_ id: String, at x: Double = 0, shift: (Double, Double) = (0, 1000),
                        skills: [String: Int] = [:], breaks: [Break] = []) -> Technician {
    Technician(id: id, skills: skills, start: .planar(x: x, y: 0),
               shift: Shift(start: .minutes(shift.0), end: .minutes(shift.1)), breaks: breaks)
}

private func visit(_ id: String, x: Double, duration: Double = 5, window: (Double, Double)? = nil,
                   mandatory: Bool = true, penalty: Double? = nil, skills: [String: Int] = [:],
                   followUp: FollowUp? = nil) -> Visit {
    Visit(id: id, location: .planar(x: x, y: 0), duration: duration, skills: skills,
          timeWindows: window.map { [TimeWindow(start: .minutes($0.0), end: .minutes($0.1))] } ?? [],
          mandatory: mandatory, penalty: penalty, followUp: followUp)
}

private func solve(_ scenario: Scenario, _ strategy: InsertionStrategy = .regret) throws -> Plan {
    let problem = try Problem(scenario: scenario)
    return strategy.plan(problem, context: SearchContext(options: PlanningOptions(timeLimit: nil)))
}

@Test(arguments: [InsertionStrategy.greedy, InsertionStrategy.regret])
func servesALineInOrder(strategy: InsertionStrategy) throws {
    let scenario = Scenario(
        objective: ObjectiveSettings(kind: .distance),
        technicians: [technician("t")],
        visits: [visit("b", x: 20), visit("a", x: 10), visit("c", x: 30)])
    let plan = try solve(scenario, strategy)
    #expect(plan.routes.count == 1)
    #expect(plan.routes[0].visitIDs == ["a", "b", "c"] || plan.routes[0].visitIDs == ["c", "b", "a"])
    #expect(abs(plan.summary.distance - 60) < 1e-9)
    #expect(abs(plan.summary.cost - 60) < 1e-9)
    #expect(plan.unassigned.isEmpty)
}

@Test func timeWindowsDecideTheOrder() throws {
    let scenario = Scenario(
        objective: ObjectiveSettings(kind: .distance),
        technicians: [technician("t")],
        visits: [visit("near", x: 10, window: (100, 120)), visit("far", x: 30, window: (0, 50))])
    let plan = try solve(scenario)
    #expect(plan.routes[0].visitIDs == ["far", "near"])
    let near = try #require(plan.routes[0].stops.last)
    #expect(near.start == 100)
    #expect(near.arrival == 55)
}

@Test func lunchBreakIsTakenInsideItsWindow() throws {
    let lunch = Break(duration: 30, earliestStart: .minutes(100), latestStart: .minutes(130))
    let scenario = Scenario(
        objective: ObjectiveSettings(kind: .distance),
        technicians: [technician("t", breaks: [lunch])],
        visits: [visit("a", x: 10, duration: 90), visit("b", x: 20, duration: 90)])
    let plan = try solve(scenario)
    let breaks = plan.routes[0].stops.filter { $0.kind == .break }
    #expect(breaks.count == 1)
    let taken = try #require(breaks.first)
    #expect(taken.start >= 100 && taken.start <= 130)
    #expect(taken.end - taken.start == 30)
}

@Test func optionalVisitNotWorthItsCostIsLeftOutWithReason() throws {
    let scenario = Scenario(
        objective: ObjectiveSettings(kind: .distance),
        technicians: [technician("t")],
        visits: [visit("a", x: 10), visit("remote", x: 300, mandatory: false, penalty: 10)])
    let plan = try solve(scenario)
    #expect(plan.routes[0].visitIDs == ["a"])
    #expect(plan.unassigned.map(\.visit) == ["remote"])
    #expect(plan.unassigned[0].reasons.first?.code == .notWorthIt)
    #expect(abs(plan.summary.cost - 30) < 1e-9)
}

@Test func visitNobodyIsQualifiedForIsExplained() throws {
    let scenario = Scenario(
        technicians: [technician("t", skills: ["gas": 1])],
        visits: [visit("boiler", x: 10, mandatory: false, skills: ["gas": 2])])
    let plan = try solve(scenario)
    #expect(plan.routes.isEmpty)
    #expect(plan.unassigned.first?.reasons.first?.code == .noQualifiedTechnician)
}

@Test func followUpStartsAfterItsPredecessorAndGap() throws {
    let scenario = Scenario(
        objective: ObjectiveSettings(kind: .distance),
        technicians: [technician("t1"), technician("t2", at: 40)],
        visits: [visit("first", x: 10, duration: 30),
                 visit("second", x: 35, followUp: FollowUp(after: "first", minGap: 60))])
    let plan = try solve(scenario)
    let stops = plan.routes.flatMap(\.stops)
    let first = try #require(stops.first { $0.visit == "first" })
    let second = try #require(stops.first { $0.visit == "second" })
    #expect(second.start >= first.end + 60)
}

@Test func sameSeedGivesTheSamePlan() throws {
    let scenario = Scenario(
        objective: ObjectiveSettings(kind: .distance),
        technicians: [technician("t1"), technician("t2", at: 50)],
        visits: (0..<12).map { (i: Int) -> Visit in
            let opens = Double(i * 20)
            return visit("v\(i)", x: Double(i * 7 % 60), window: (opens, opens + 200))
        })
    let first = try solve(scenario), second = try solve(scenario)
    #expect(first.routes == second.routes)
    #expect(first.summary.cost == second.summary.cost)
}
