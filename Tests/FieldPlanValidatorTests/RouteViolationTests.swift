import FieldPlanModel
import FieldPlanTestSupport
import FieldPlanValidator
import Testing

/// Routes belong to known technicians, one each, and serve at least one visit.
@Suite struct RouteViolationTests {
    let scenario = Fixtures.twoTechnicians
    let valid: KeyValuePairs<String, [String]> = ["north": ["n1", "n2"], "south": ["s1", "s2"]]

    @Test func twoTechniciansCostTheirDistance() {
        let plan = PlanBuilderForTests.plan(scenario, routes: valid)
        expectValid(plan, scenario)
        #expect(validationReport(plan, scenario).recomputed.cost == 80)
    }

    @Test func unknownTechnician() {
        let plan = edited(scenario, valid) { $0.routes[1].technician = "west" }
        expectOnly(.unknownTechnician, plan, scenario)
    }

    @Test func technicianTwice() {
        let plan = PlanBuilderForTests.plan(scenario, routes: ["north": ["n1", "n2"], "north": ["s1", "s2"]])
        expectOnly(.technicianTwice, plan, scenario)
    }

    @Test func routeWithoutStops() {
        let plan = edited(scenario, ["north": ["n1", "n2", "s1", "s2"]]) { plan in
            plan.routes.append(Route(technician: "south", start: 0, end: 0, stops: []))
        }
        expectOnly(.emptyRoute, plan, scenario)
    }

    @Test func routeWithOnlyABreak() {
        let plan = edited(scenario, ["north": ["n1", "n2", "s1", "s2"]]) { plan in
            plan.routes.append(Route(technician: "south", start: 0, end: 30,
                                     stops: [.breakStop(arrival: 0, start: 0, end: 30)]))
        }
        expectOnly(.emptyRoute, plan, scenario)
    }
}
