import FieldPlan
import FieldPlanTestSupport
import Foundation
import Testing

/// Re-planning at 11:00: started visits stay, events apply, the result passes the validator.
@Suite struct DispatchReplanTests {
    /// Two technicians at the same depot, six visits on a line east of it.
    private func scenario() -> Scenario {
        func at(_ km: Double) -> Location { .geographic(latitude: 52.5, longitude: 13.4 + km / 68) }
        let shift = Shift(start: .clock(hour: 8, minute: 0, second: 0), end: .clock(hour: 17, minute: 0, second: 0))
        let lunch = Break(duration: 30, earliestStart: .clock(hour: 12, minute: 0, second: 0),
                          latestStart: .clock(hour: 13, minute: 0, second: 0))
        let technicians = ["anna", "ben"].map {
            Technician(id: $0, start: at(0), shift: shift, breaks: [lunch], costPerHour: 30)
        }
        var visits = (1...6).map { i in
            Visit(id: "v\(i)", location: at(Double(i) * 2), duration: 60, priority: 2)
        }
        visits[5].followUp = FollowUp(after: "v1", minGap: 60, sameTechnician: true)
        return Scenario(name: "replan", date: "2026-11-30", timeZone: "Europe/Berlin",
                        travel: TravelSettings(kind: .geographic, detourFactor: 1.3, speedKmh: 30),
                        technicians: technicians, visits: visits)
    }

    private func firstPlan(_ scenario: Scenario) async throws -> Plan {
        let plan = try await DispatchJob(scenario: scenario, search: .init(strategy: "regret", timeLimit: 5, threads: 1)).run().plan
        expectValid(plan, scenario)
        return plan
    }

    private let search = PlanningConfig.Search(strategy: "local-search", timeLimit: 5, iterations: 200, seed: 3, threads: 1)
    private let now = 11.0 * 60

    @Test func startedVisitsStayWhereTheyWere() async throws {
        let scenario = scenario()
        let plan = try await firstPlan(scenario)
        let result = try await ReplanJob(scenario: scenario, plan: plan, now: now, events: ReplanEvents(), search: search).run()
        expectValid(result.plan, result.scenario)
        #expect(result.validation.isValid)
        for route in plan.routes {
            let started = route.stops.prefix { $0.start < now }
            let after = try #require(result.plan.routes.first { $0.technician == route.technician })
            #expect(Array(after.stops.prefix(started.count)) == Array(started))
            #expect(after.stops.dropFirst(started.count).allSatisfy { $0.start >= now })
        }
        #expect(Set(result.plan.routes.flatMap(\.visitIDs)) == Set(plan.routes.flatMap(\.visitIDs)))
    }

    @Test func aSickTechniciansOpenVisitsAreReleasedAndCancellationsApplied() async throws {
        let scenario = scenario()
        let plan = try await firstPlan(scenario)
        let sick = try #require(plan.routes.first { $0.stops.contains { $0.start >= now && $0.kind == .visit } })
        let open = sick.stops.filter { $0.start >= now }.compactMap(\.visit)
        let cancelled = try #require(plan.routes.flatMap { $0.stops.filter { $0.start >= now } }.compactMap(\.visit).first)
        let urgent = Visit(id: "urgent", location: .geographic(latitude: 52.5, longitude: 13.45), duration: 20,
                           mandatory: true)
        let events = ReplanEvents(cancelled: [cancelled], sick: [sick.technician], newVisits: [urgent])
        let result = try await ReplanJob(scenario: scenario, plan: plan, now: now, events: events, search: search).run()
        expectValid(result.plan, result.scenario)
        let sickAfter = result.plan.routes.first { $0.technician == sick.technician }
        #expect(sickAfter?.stops.allSatisfy { $0.start < now } ?? true)
        #expect(!result.scenario.visits.contains { $0.id == cancelled })
        #expect(result.plan.routes.flatMap(\.visitIDs).contains("urgent"))
        #expect(result.mandatoryLeftOut.isEmpty)
        let servedOrLeft = Set(result.plan.routes.flatMap(\.visitIDs) + result.plan.unassigned.map(\.visit))
        #expect(Set(open.filter { $0 != cancelled }).isSubset(of: servedOrLeft))
    }

    @Test func aHighMovePenaltyKeepsEveryVisitWithItsTechnician() async throws {
        let scenario = scenario()
        let plan = try await firstPlan(scenario)
        let result = try await ReplanJob(scenario: scenario, plan: plan, now: now, events: ReplanEvents(),
                                         movePenalty: 10_000, search: search).run()
        expectValid(result.plan, result.scenario)
        for route in plan.routes {
            let after = result.plan.routes.first { $0.technician == route.technician }
            #expect(Set(after?.visitIDs ?? []) == Set(route.visitIDs))
        }
    }

    @Test func eventsNamingUnknownThingsAreLocated() throws {
        let scenario = scenario()
        let plan = Plan(routes: [], unassigned: [], summary: PlanSummary(
            distance: 0, travelTime: 0, routes: 0, assigned: 0, unassigned: 0, lateness: 0, overtime: 0, cost: 0,
            strategy: "none", seed: 0, elapsedSeconds: 0, distanceConvention: .exact))
        let events = ReplanEvents(cancelled: ["v1", "nope"], sick: ["zoe"],
                                  newVisits: [Visit(id: "v2", location: .geographic(latitude: 52.5, longitude: 13.4), duration: 5)])
        #expect {
            try ReplanSetup(scenario: scenario, plan: plan, now: now, events: events, movePenalty: 50)
        } throws: { error in
            (error as? ScenarioError)?.issues.map(\.location) == ["cancelled[1]", "sick[0]", "newVisits[0].id"]
        }
    }
}
