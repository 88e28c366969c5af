import FieldPlanModel
import FieldPlanTestSupport
import FieldPlanValidator
import Testing

/// Valid plans pass, and their costs equal hand computations.
@Suite struct ValidPlanTests {
    static let validRoutes: [(name: String, scenario: Scenario, routes: KeyValuePairs<String, [String]>)] = [
        ("line", Fixtures.line, ["t1": ["v1", "v2", "v3"]]),
        ("twoTechnicians", Fixtures.twoTechnicians, ["north": ["n1", "n2"], "south": ["s1", "s2"]]),
        ("skills", Fixtures.skills, ["senior": ["boiler", "meter"], "electrician": ["wiring", "lamp"]]),
        ("breaks", Fixtures.breaks, ["t1": ["a", "b", "c", "d", PlanBuilderForTests.breakMarker]]),
        ("followUps", Fixtures.followUps, ["ana": ["inspect", "repair"], "ben": ["survey", "install"]]),
        ("fieldDay", Fixtures.fieldDay, Fixtures.fieldDayRoutes),
        ("solomonC101Route", Fixtures.solomonC101Route, ["vehicle-1": ["5", "3", "7", "8", "10", "9", "6", "4", "2", "1"]]),
    ]

    @Test(arguments: validRoutes.indices)
    func builtPlansOfEveryFixtureAreValid(index: Int) {
        let (name, scenario, routes) = Self.validRoutes[index]
        let plan = PlanBuilderForTests.plan(scenario, routes: routes)
        expectValid(plan, scenario)
        let report = validationReport(plan, scenario)
        #expect(abs(report.recomputed.cost - plan.summary.cost) <= 1e-6 * max(1, abs(plan.summary.cost)), "\(name)")
    }

    @Test func lineCostsItsDistance() {
        let plan = PlanBuilderForTests.plan(Fixtures.line, routes: ["t1": ["v1", "v2", "v3"]])
        #expect(plan.routes[0].stops.map(\.start) == [10, 25, 40])
        #expect(plan.routes[0].end == 75)
        let report = validationReport(plan, Fixtures.line)
        #expect(report.isValid)
        #expect(report.recomputed.distance == 60)
        #expect(report.recomputed.travelTime == 60)
        #expect(report.recomputed.cost == 60)
        #expect(report.recomputed.routes == 1 && report.recomputed.assigned == 3 && report.recomputed.unassigned == 0)
    }

    /// Every weighted term on the line: 3000 + 30 + 10 + 60 + 30 + 75 + 10 − 10 = 3205.
    @Test func weightedLineCostMatchesHandComputation() {
        var scenario = Fixtures.line
        scenario.objective = ObjectiveSettings(kind: .weighted)
        scenario.technicians[0].costPerHour = 60
        scenario.technicians[0].costPerKm = 0.5
        scenario.technicians[0].fixedCost = 10
        scenario.technicians[0].shift.end = .minutes(70)
        scenario.technicians[0].allowedOvertime = 10
        scenario.technicians[0].overtimeCostPerHour = 120
        scenario.visits[1].preferredTechnicians = ["t1"]
        scenario.visits[2].sla = ServiceLevel(deadline: .minutes(30), penaltyPerMinute: 3)
        scenario.visits.append(Visit(id: "v4", location: .planar(x: 40, y: 0), duration: 5, priority: 3))
        let plan = PlanBuilderForTests.plan(scenario, routes: ["t1": ["v1", "v2", "v3"]])
        expectValid(plan, scenario)
        let costs = validationReport(plan, scenario).recomputed
        #expect(costs.unassignedCost == 3000)       // v4: visitPenalty 1000 × priority 3
        #expect(costs.latenessCost == 30)           // v3 starts at 40, 10 minutes late, 3 per minute
        #expect(costs.lateness == 10)
        #expect(costs.overtimeCost == 10)           // back at 75, 5 minutes past 70, 120 per hour
        #expect(costs.overtime == 5)
        #expect(costs.travelTimeCost == 60)         // 60 minutes of travel
        #expect(costs.distanceCost == 0)            // the weighted objective's distance weight is 0
        #expect(abs(costs.technicianCost - 115) < 1e-9) // 0.5 × 60 km + 60/h × 75 min + 10 fixed
        #expect(costs.preferenceBonus == 10)        // v2 served by its preferred technician
        #expect(abs(costs.cost - 3205) < 1e-9)
        #expect(abs(plan.summary.cost - 3205) < 1e-9)
    }

    @Test func objectiveKindOverrideChangesTheCost() {
        var scenario = Fixtures.line
        scenario.technicians[0].fixedCost = 7
        let plan = PlanBuilderForTests.plan(scenario, routes: ["t1": ["v1", "v2", "v3"]])
        let weighted = PlanValidator(scenario: scenario, objectiveKind: .weighted).validate(plan).recomputed
        #expect(weighted.cost == 60 + 7)            // travel minutes + fixed cost
        let vehicles = PlanValidator(scenario: scenario, objectiveKind: .vehiclesThenDistance).validate(plan)
        #expect(vehicles.recomputed.cost == 100_000 + 60)
    }

    @Test func fieldDayTermsAreAccountedFor() {
        let scenario = Fixtures.fieldDay
        let plan = PlanBuilderForTests.plan(scenario, routes: Fixtures.fieldDayRoutes)
        expectValid(plan, scenario)
        let costs = validationReport(plan, scenario).recomputed
        #expect(costs.routes == 3 && costs.assigned == 9 && costs.unassigned == 1)
        #expect(costs.unassignedCost == 500)        // only the water heater, at its own penalty
        #expect(costs.preferenceBonus == 20)        // v01 by anna, v08 by cem
        #expect(costs.lateness > 16 && costs.lateness < 17)
        #expect(abs(costs.latenessCost - 2 * costs.lateness) < 1e-9)
        #expect(abs(costs.overtime - 34.4995534374663) < 1e-6)
        #expect(abs(costs.overtimeCost - 42 * costs.overtime / 60) < 1e-9)
        let ben = plan.routes[1]
        #expect(ben.stops.last?.start == 840)       // pinned to 14:00 on 2026-11-30 in Berlin
    }

    /// The C101 route: truncated arcs sum to 58.1; exact arcs to about 58.326.
    @Test func dimacsDistanceIsRecomputedWithTruncation() {
        let scenario = Fixtures.solomonC101Route
        let routes: KeyValuePairs<String, [String]> = ["vehicle-1": ["5", "3", "7", "8", "10", "9", "6", "4", "2", "1"]]
        let plan = PlanBuilderForTests.plan(scenario, routes: routes, convention: .dimacs)
        expectValid(plan, scenario, convention: .dimacs)
        let report = validationReport(plan, scenario, convention: .dimacs)
        #expect(abs(report.recomputed.distance - 58.1) < 1e-9)
        #expect(abs(report.recomputed.cost - 58.1) < 1e-9)

        let exact = (229.0).squareRoot() + 1 + 2 + (8.0).squareRoot() + (13.0).squareRoot() + 5
            + (5.0).squareRoot() + (5.0).squareRoot() + (13.0).squareRoot() + 2 + (349.0).squareRoot()
        let exactReport = validationReport(plan, scenario, convention: .exact)
        #expect(abs(exactReport.recomputed.distance - exact) < 1e-9)
        #expect(exactReport.codes.contains(.summaryMismatch)) // and arrivals too early: truncated travel is shorter
        #expect(exactReport.violations.contains { $0.message.contains("summary distance") })
    }
}
